package io.successdesk.rest.admin;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.successdesk.app.InvalidInputException;
import io.successdesk.app.config.CtaProjectSettings;
import io.successdesk.app.config.SettingsPart;
import io.successdesk.app.config.SettingsService;
import io.successdesk.app.config.SuccessDeskSettings;
import io.successdesk.app.link.AccountMatchingService;
import io.successdesk.app.link.AccountMatchingSettings;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.AdminSessionGuard;
import io.successdesk.app.security.Caller;
import io.successdesk.app.security.Capability;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.ticket.TicketKind;
import io.successdesk.rest.Permissions;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Account matching, CTA issues and survey settings: Jira administrators only; changes need WebSudo. */
@Path("/config/automation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AdminOnly
public class AutomationConfigResource {

    private static final String PROJECT_KEY = "[A-Z][A-Z0-9_]{0,254}";

    private final AccessPolicy accessPolicy;
    private final AdminSessionGuard adminSession;
    private final SettingsService settings;
    private final AccountMatchingService matching;

    @Inject
    public AutomationConfigResource(AccessPolicy accessPolicy, AdminSessionGuard adminSession, SettingsService settings,
                                    AccountMatchingService matching) {
        this.accessPolicy = accessPolicy;
        this.adminSession = adminSession;
        this.settings = settings;
        this.matching = matching;
    }

    @GET
    public AutomationConfigDto get() {
        Permissions.toSee(accessPolicy, Capability.ADMINISTER, "configuration");
        return toDto(settings.load(), matching.load());
    }

    @PUT
    public AutomationConfigDto put(AutomationConfigDto request) {
        Caller caller = Permissions.toSee(accessPolicy, Capability.ADMINISTER, "configuration");
        adminSession.requireSecureAdminSession();
        ConfigRevision.require(request.revision(), toDto(settings.load(), matching.load()).revision());
        Map<String, String> errors = new TreeMap<>();
        Map<String, AccountKey> defaults = projectDefaults(errors, request.projectDefaultAccounts());
        Optional<CtaProjectSettings> ctaProject = ctaProject(errors, request.ctaProject());
        Set<String> surveyProjects = surveyProjects(errors, request.surveyProjectKeys());
        Map<String, TicketKind> kinds = request.issueTypeKinds() == null ? matching.load().issueTypeKinds()
                : issueTypeKinds(errors, request.issueTypeKinds());
        String fieldId = request.accountCustomFieldId();
        if (fieldId != null && !fieldId.isBlank() && !AccountMatchingSettings.isCustomFieldId(fieldId.strip())) {
            errors.put("accountCustomFieldId", "must be a custom field id such as customfield_10200");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        AccountMatchingSettings nextMatching = new AccountMatchingSettings(Optional.ofNullable(fieldId), defaults, kinds);
        String actor = Permissions.actor(caller);
        SuccessDeskSettings saved = settings.save(settings.load().withCtaProject(ctaProject).withSurveyProjects(surveyProjects),
                SettingsPart.AUTOMATION, actor);
        return toDto(saved, matching.save(nextMatching, actor));
    }

    private static Map<String, AccountKey> projectDefaults(Map<String, String> errors, Map<String, String> requested) {
        if (requested == null) {
            errors.put("projectDefaultAccounts", "is required (send {} for none)");
            return Map.of();
        }
        Map<String, AccountKey> defaults = new TreeMap<>();
        requested.forEach((project, account) -> {
            if (!project.matches(PROJECT_KEY)) {
                errors.put("projectDefaultAccounts", "'" + project + "' is not a Jira project key");
            } else if (account == null || !AccountKey.isValid(account)) {
                errors.put("projectDefaultAccounts." + project, "must be an account key such as ACME");
            } else {
                defaults.put(project, AccountKey.of(account));
            }
        });
        return defaults;
    }

    private static Map<String, TicketKind> issueTypeKinds(Map<String, String> errors, Map<String, String> requested) {
        Map<String, TicketKind> kinds = new TreeMap<>();
        requested.forEach((issueType, kind) -> {
            Optional<TicketKind> known = Arrays.stream(TicketKind.values())
                    .filter(candidate -> candidate.name().toLowerCase(Locale.ROOT).equals(kind)).findFirst();
            if (!AccountMatchingSettings.isIssueTypeId(issueType)) {
                errors.put("issueTypeKinds", "'" + issueType + "' is not an issue type id");
            } else if (known.isEmpty()) {
                errors.put("issueTypeKinds." + issueType, "must be defect, question or request");
            } else {
                kinds.put(issueType, known.get());
            }
        });
        return kinds;
    }

    private static Optional<CtaProjectSettings> ctaProject(Map<String, String> errors, AutomationConfigDto.CtaProjectDto dto) {
        if (dto == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CtaProjectSettings(dto.projectKey(), dto.issueTypeId(), dto.runAsUserKey()));
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.put("ctaProject", "needs a project key, a numeric issue type id and a user key: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Set<String> surveyProjects(Map<String, String> errors, List<String> requested) {
        if (requested == null) {
            errors.put("surveyProjectKeys", "is required (send [] for none)");
            return Set.of();
        }
        Set<String> projects = new LinkedHashSet<>();
        for (String project : requested) {
            if (project == null || !project.matches(PROJECT_KEY)) {
                errors.put("surveyProjectKeys", "'" + project + "' is not a Jira project key");
            } else if (!projects.add(project)) {
                errors.put("surveyProjectKeys", "'" + project + "' is listed twice");
            }
        }
        return projects;
    }

    private static AutomationConfigDto toDto(SuccessDeskSettings settings, AccountMatchingSettings matching) {
        Map<String, String> defaults = new TreeMap<>();
        matching.projectDefaultAccounts().forEach((project, account) -> defaults.put(project, account.value()));
        Map<String, String> kinds = new TreeMap<>();
        matching.issueTypeKinds().forEach((issueType, kind) -> kinds.put(issueType, kind.name().toLowerCase(Locale.ROOT)));
        AutomationConfigDto dto = new AutomationConfigDto(matching.accountFieldId().orElse(null), defaults,
                settings.ctaProject().map(cta -> new AutomationConfigDto.CtaProjectDto(cta.projectKey(), cta.issueTypeId(),
                        cta.runAsUserKey())).orElse(null),
                settings.surveyProjectKeys().stream().sorted().toList(), kinds, null);
        return dto.withRevision(ConfigRevision.of(dto));
    }
}
