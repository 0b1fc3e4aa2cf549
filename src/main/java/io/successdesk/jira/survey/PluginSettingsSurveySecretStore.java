package io.successdesk.jira.survey;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.successdesk.app.survey.SurveySecretStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/**
 * The survey secret in Jira's global plugin settings (database-backed: the same on every cluster node). Plugin
 * settings have no compare-and-set, so the first secret is written under a cluster lock: whichever node takes the lock
 * second finds the first one's secret and keeps it.
 */
@Named
public class PluginSettingsSurveySecretStore implements SurveySecretStore {

    static final String KEY = "io.successdesk.successdesk-jira:surveySecret";
    static final String LOCK = "io.successdesk.successdesk-jira.surveySecret";

    private final PluginSettingsFactory settingsFactory;
    private final ClusterLockService locks;

    @Inject
    public PluginSettingsSurveySecretStore(@ComponentImport PluginSettingsFactory settingsFactory,
                                           @ComponentImport ClusterLockService locks) {
        this.settingsFactory = settingsFactory;
        this.locks = locks;
    }

    @Override
    public Optional<String> load() {
        return read(settingsFactory.createGlobalSettings());
    }

    @Override
    public String storeIfAbsent(String base64Secret) {
        ClusterLock lock = locks.getLockForName(LOCK);
        lock.lock();
        try {
            PluginSettings settings = settingsFactory.createGlobalSettings();
            if (read(settings).isEmpty()) {
                settings.put(KEY, base64Secret);
            }
            return read(settings).orElseThrow(() -> new IllegalStateException("the survey secret could not be stored"));
        } finally {
            lock.unlock();
        }
    }

    private static Optional<String> read(PluginSettings settings) {
        Object value = settings.get(KEY);
        return value instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }
}
