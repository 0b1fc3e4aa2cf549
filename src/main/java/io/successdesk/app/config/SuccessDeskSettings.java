package io.successdesk.app.config;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Admin configuration that decides what SuccessDesk looks at and who sees what: the support projects whose
  * issues belong to accounts (docs/product.md §2), the groups of the permission model (docs/product.md §10), the CS
  * project CTAs
 * become issues in (docs/product.md §5; absent: CTAs stay in the app) and the projects whose resolved issues get a
 * SuccessDesk survey email (docs/product.md §7).
 */
public record SuccessDeskSettings(Set<String> supportProjectKeys, Set<String> csmGroups, Set<String> viewerGroups,
                                  Set<String> financialViewerGroups, Optional<CtaProjectSettings> ctaProject,
                                  Set<String> surveyProjectKeys) {

    public static final String DEFAULT_CSM_GROUP = "successdesk-csms";
    public static final String DEFAULT_VIEWER_GROUP = "successdesk-viewers";
    public static final String DEFAULT_FINANCIAL_VIEWER_GROUP = "successdesk-financial-viewers";

    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");

    public SuccessDeskSettings {
        supportProjectKeys = Set.copyOf(Objects.requireNonNull(supportProjectKeys, "supportProjectKeys"));
        csmGroups = Set.copyOf(Objects.requireNonNull(csmGroups, "csmGroups"));
        viewerGroups = Set.copyOf(Objects.requireNonNull(viewerGroups, "viewerGroups"));
        financialViewerGroups = Set.copyOf(Objects.requireNonNull(financialViewerGroups, "financialViewerGroups"));
        Objects.requireNonNull(ctaProject, "ctaProject");
        surveyProjectKeys = Set.copyOf(Objects.requireNonNull(surveyProjectKeys, "surveyProjectKeys"));
        supportProjectKeys.forEach(SuccessDeskSettings::requireProjectKey);
        surveyProjectKeys.forEach(SuccessDeskSettings::requireProjectKey);
    }

    /** Settings without a CS project and without survey projects. */
    public SuccessDeskSettings(Set<String> supportProjectKeys, Set<String> csmGroups, Set<String> viewerGroups,
                               Set<String> financialViewerGroups) {
        this(supportProjectKeys, csmGroups, viewerGroups, financialViewerGroups, Optional.empty(), Set.of());
    }

    public SuccessDeskSettings withCtaProject(Optional<CtaProjectSettings> project) {
        return new SuccessDeskSettings(supportProjectKeys, csmGroups, viewerGroups, financialViewerGroups, project,
                surveyProjectKeys);
    }

    public SuccessDeskSettings withSurveyProjects(Set<String> projectKeys) {
        return new SuccessDeskSettings(supportProjectKeys, csmGroups, viewerGroups, financialViewerGroups, ctaProject,
                projectKeys);
    }

    public boolean isSurveyProject(String projectKey) {
        return surveyProjectKeys.contains(projectKey);
    }

    public static boolean isProjectKey(String key) {
        return PROJECT_KEY.matcher(key).matches();
    }

    private static void requireProjectKey(String key) {
        if (!isProjectKey(key)) {
            throw new IllegalArgumentException("not a Jira project key: '" + key + "'");
        }
    }

    /** What a fresh installation uses: no support project yet, and the three default groups. */
    public static SuccessDeskSettings defaults() {
        return new SuccessDeskSettings(Set.of(), Set.of(DEFAULT_CSM_GROUP), Set.of(DEFAULT_VIEWER_GROUP),
                Set.of(DEFAULT_FINANCIAL_VIEWER_GROUP));
    }

    public boolean isSupportProject(String projectKey) {
        return supportProjectKeys.contains(projectKey);
    }
}
