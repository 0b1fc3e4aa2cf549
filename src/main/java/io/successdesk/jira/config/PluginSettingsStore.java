package io.successdesk.jira.config;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.successdesk.app.config.CtaProjectSettings;
import io.successdesk.app.config.SettingsPart;
import io.successdesk.app.config.SettingsStore;
import io.successdesk.app.config.SuccessDeskSettings;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link SettingsStore} in Jira's global plugin settings (database-backed, so every cluster node reads the same
 * values). Each set is stored as a {@code List<String>} and the CS project as a {@code Map<String, String>}, value
 * types plugin settings accept.
 */
@Named
public class PluginSettingsStore implements SettingsStore {

    static final String PREFIX = "io.successdesk.successdesk-jira:";
    static final String SUPPORT_PROJECTS = PREFIX + "supportProjects";
    static final String CSM_GROUPS = PREFIX + "csmGroups";
    static final String VIEWER_GROUPS = PREFIX + "viewerGroups";
    static final String FINANCIAL_VIEWER_GROUPS = PREFIX + "financialViewerGroups";
    static final String CTA_PROJECT = PREFIX + "ctaProject";
    static final String SURVEY_PROJECTS = PREFIX + "surveyProjects";
    private static final String PROJECT_KEY = "projectKey";
    private static final String ISSUE_TYPE_ID = "issueTypeId";
    private static final String RUN_AS_USER_KEY = "runAsUserKey";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public PluginSettingsStore(@ComponentImport PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    @Override
    public SuccessDeskSettings load() {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        SuccessDeskSettings defaults = SuccessDeskSettings.defaults();
        return new SuccessDeskSettings(
                read(settings, SUPPORT_PROJECTS, defaults.supportProjectKeys()),
                read(settings, CSM_GROUPS, defaults.csmGroups()),
                read(settings, VIEWER_GROUPS, defaults.viewerGroups()),
                read(settings, FINANCIAL_VIEWER_GROUPS, defaults.financialViewerGroups()),
                readCtaProject(settings),
                read(settings, SURVEY_PROJECTS, defaults.surveyProjectKeys()));
    }

    @Override
    public void save(SuccessDeskSettings config, Set<SettingsPart> parts) {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        if (parts.contains(SettingsPart.ACCESS)) {
            settings.put(SUPPORT_PROJECTS, sorted(config.supportProjectKeys()));
            settings.put(CSM_GROUPS, sorted(config.csmGroups()));
            settings.put(VIEWER_GROUPS, sorted(config.viewerGroups()));
            settings.put(FINANCIAL_VIEWER_GROUPS, sorted(config.financialViewerGroups()));
        }
        if (parts.contains(SettingsPart.AUTOMATION)) {
            saveAutomation(settings, config);
        }
    }

    private static void saveAutomation(PluginSettings settings, SuccessDeskSettings config) {
        settings.put(SURVEY_PROJECTS, sorted(config.surveyProjectKeys()));
        if (config.ctaProject().isPresent()) {
            CtaProjectSettings project = config.ctaProject().get();
            settings.put(CTA_PROJECT, Map.of(PROJECT_KEY, project.projectKey(), ISSUE_TYPE_ID, project.issueTypeId(),
                    RUN_AS_USER_KEY, project.runAsUserKey()));
        } else {
            settings.remove(CTA_PROJECT);
        }
    }

    /** A stored CS project that is incomplete or invalid reads as none: CTAs then stay in the app. */
    private static Optional<CtaProjectSettings> readCtaProject(PluginSettings settings) {
        if (!(settings.get(CTA_PROJECT) instanceof Map<?, ?> stored)) {
            return Optional.empty();
        }
        Object projectKey = stored.get(PROJECT_KEY);
        Object issueTypeId = stored.get(ISSUE_TYPE_ID);
        Object runAs = stored.get(RUN_AS_USER_KEY);
        if (projectKey == null || issueTypeId == null || runAs == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CtaProjectSettings(projectKey.toString(), issueTypeId.toString(), runAs.toString()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Set<String> read(PluginSettings settings, String key, Set<String> fallback) {
        Object stored = settings.get(key);
        if (!(stored instanceof List<?> values)) {
            return fallback;
        }
        Set<String> result = new TreeSet<>();
        values.forEach(value -> result.add(String.valueOf(value)));
        return result;
    }

    private static List<String> sorted(Set<String> values) {
        return List.copyOf(new TreeSet<>(values));
    }
}
