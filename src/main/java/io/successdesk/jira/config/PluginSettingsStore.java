package io.successdesk.jira.config;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.successdesk.app.config.SettingsStore;
import io.successdesk.app.config.SuccessDeskSettings;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link SettingsStore} in Jira's global plugin settings (database-backed, so every cluster node reads the same
 * values). Each set is stored as a {@code List<String>}, one of the value types plugin settings accept.
 */
@Named
public class PluginSettingsStore implements SettingsStore {

    static final String PREFIX = "io.successdesk.successdesk-jira:";
    static final String SUPPORT_PROJECTS = PREFIX + "supportProjects";
    static final String CSM_GROUPS = PREFIX + "csmGroups";
    static final String VIEWER_GROUPS = PREFIX + "viewerGroups";
    static final String FINANCIAL_VIEWER_GROUPS = PREFIX + "financialViewerGroups";

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
                read(settings, FINANCIAL_VIEWER_GROUPS, defaults.financialViewerGroups()));
    }

    @Override
    public void save(SuccessDeskSettings config) {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        settings.put(SUPPORT_PROJECTS, sorted(config.supportProjectKeys()));
        settings.put(CSM_GROUPS, sorted(config.csmGroups()));
        settings.put(VIEWER_GROUPS, sorted(config.viewerGroups()));
        settings.put(FINANCIAL_VIEWER_GROUPS, sorted(config.financialViewerGroups()));
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
