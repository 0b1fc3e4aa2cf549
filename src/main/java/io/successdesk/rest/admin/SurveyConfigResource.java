package io.successdesk.rest.admin;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.successdesk.app.InvalidInputException;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.AdminSessionGuard;
import io.successdesk.app.security.Caller;
import io.successdesk.app.security.Capability;
import io.successdesk.app.survey.SurveySettings;
import io.successdesk.app.survey.SurveySettingsService;
import io.successdesk.rest.Permissions;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The survey page's settings: Jira administrators only; changes also need a confirmed admin session (WebSudo). */
@Path("/config/survey")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AdminOnly
public class SurveyConfigResource {

    private final AccessPolicy accessPolicy;
    private final AdminSessionGuard adminSession;
    private final SurveySettingsService settings;

    @Inject
    public SurveyConfigResource(AccessPolicy accessPolicy, AdminSessionGuard adminSession, SurveySettingsService settings) {
        this.accessPolicy = accessPolicy;
        this.adminSession = adminSession;
        this.settings = settings;
    }

    @GET
    public SurveyConfigDto get() {
        Permissions.toSee(accessPolicy, Capability.ADMINISTER, "configuration");
        return toDto(settings.load());
    }

    @PUT
    public SurveyConfigDto put(SurveyConfigDto request) {
        Caller caller = Permissions.toSee(accessPolicy, Capability.ADMINISTER, "configuration");
        adminSession.requireSecureAdminSession();
        ConfigRevision.require(request.revision(), toDto(settings.load()).revision());
        Map<String, String> errors = new TreeMap<>();
        String companyName = request.companyName() == null ? "" : request.companyName().strip();
        if (companyName.length() > SurveySettings.MAX_COMPANY_NAME) {
            errors.put("companyName", "must be at most " + SurveySettings.MAX_COMPANY_NAME + " characters");
        }
        List<String> proxies = request.trustedProxies();
        if (proxies == null) {
            errors.put("trustedProxies", "is required (send [] for none)");
        } else if (proxies.size() > SurveySettings.MAX_TRUSTED_PROXIES) {
            errors.put("trustedProxies", "at most " + SurveySettings.MAX_TRUSTED_PROXIES + " addresses");
        } else {
            proxies.stream().filter(proxy -> proxy == null || !SurveySettings.isIpAddress(proxy)).findFirst()
                    .ifPresent(proxy -> errors.put("trustedProxies", "'" + proxy + "' is not an IP address"));
        }
        int lifetime = request.linkLifetimeDays() == null ? SurveySettings.DEFAULT_LINK_LIFETIME_DAYS
                : request.linkLifetimeDays();
        if (!SurveySettings.isLinkLifetime(lifetime)) {
            errors.put("linkLifetimeDays", "must be " + SurveySettings.MIN_LINK_LIFETIME_DAYS + " to "
                    + SurveySettings.MAX_LINK_LIFETIME_DAYS + " days");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        SurveySettings next = new SurveySettings(Optional.of(companyName), proxies, lifetime);
        return toDto(settings.save(next, Permissions.actor(caller)));
    }

    private static SurveyConfigDto toDto(SurveySettings settings) {
        SurveyConfigDto dto = new SurveyConfigDto(settings.companyName().orElse(null), settings.trustedProxies(),
                settings.linkLifetimeDays(), null);
        return dto.withRevision(ConfigRevision.of(dto));
    }
}
