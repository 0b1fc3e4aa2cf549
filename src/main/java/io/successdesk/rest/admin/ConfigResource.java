package io.successdesk.rest.admin;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.successdesk.app.InvalidInputException;
import io.successdesk.app.config.SettingsPart;
import io.successdesk.app.config.SettingsService;
import io.successdesk.app.config.SuccessDeskSettings;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.AdminSessionGuard;
import io.successdesk.app.security.Caller;
import io.successdesk.app.security.Capability;
import io.successdesk.rest.Permissions;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The SuccessDesk configuration: Jira administrators only; changes also need a confirmed admin session (WebSudo). */
@Path("/config")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AdminOnly
public class ConfigResource {

    static final int MAX_GROUP_NAME_LENGTH = 255;

    private final AccessPolicy accessPolicy;
    private final AdminSessionGuard adminSession;
    private final SettingsService settings;

    @Inject
    public ConfigResource(AccessPolicy accessPolicy, AdminSessionGuard adminSession, SettingsService settings) {
        this.accessPolicy = accessPolicy;
        this.adminSession = adminSession;
        this.settings = settings;
    }

    @GET
    public ConfigDto get() {
        Permissions.toSee(accessPolicy, Capability.ADMINISTER, "configuration");
        return toDto(settings.load());
    }

    /** Replaces the whole configuration; every list is required (send [] for none). */
    @PUT
    public ConfigDto put(ConfigDto request) {
        Caller caller = Permissions.toSee(accessPolicy, Capability.ADMINISTER, "configuration");
        adminSession.requireSecureAdminSession();
        SuccessDeskSettings current = settings.load();
        ConfigRevision.require(request.revision(), toDto(current).revision());
        Map<String, String> errors = new TreeMap<>();
        Set<String> projects = names(errors, "supportProjectKeys", request.supportProjectKeys());
        projects.stream().filter(key -> !key.matches("[A-Z][A-Z0-9_]{0,254}")).findFirst().ifPresent(key ->
                errors.put("supportProjectKeys", "'" + key + "' is not a Jira project key"));
        Set<String> csmGroups = names(errors, "csmGroups", request.csmGroups());
        Set<String> viewerGroups = names(errors, "viewerGroups", request.viewerGroups());
        Set<String> financialGroups = names(errors, "financialViewerGroups", request.financialViewerGroups());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return toDto(settings.save(new SuccessDeskSettings(projects, csmGroups, viewerGroups, financialGroups,
                current.ctaProject(), current.surveyProjectKeys()), SettingsPart.ACCESS, Permissions.actor(caller)));
    }

    private static Set<String> names(Map<String, String> errors, String field, List<String> values) {
        if (values == null) {
            errors.put(field, "is required (send [] for none)");
            return Set.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String value : values) {
            String name = value.strip();
            if (name.isEmpty() || name.length() > MAX_GROUP_NAME_LENGTH) {
                errors.put(field, "each entry must be 1–" + MAX_GROUP_NAME_LENGTH + " characters");
                return Set.of();
            }
            if (!names.add(name)) {
                errors.put(field, "'" + name + "' is listed twice");
            }
        }
        return names;
    }

    private static ConfigDto toDto(SuccessDeskSettings settings) {
        ConfigDto dto = new ConfigDto(sorted(settings.supportProjectKeys()), sorted(settings.csmGroups()),
                sorted(settings.viewerGroups()), sorted(settings.financialViewerGroups()), null);
        return dto.withRevision(ConfigRevision.of(dto));
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
