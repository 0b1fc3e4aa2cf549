package io.successdesk.jira.survey;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.successdesk.app.survey.SurveySecretStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/** The survey secret in Jira's global plugin settings (database-backed: the same on every cluster node). */
@Named
public class PluginSettingsSurveySecretStore implements SurveySecretStore {

    static final String KEY = "io.successdesk.successdesk-jira:surveySecret";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public PluginSettingsSurveySecretStore(@ComponentImport PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    @Override
    public Optional<String> load() {
        Object value = settingsFactory.createGlobalSettings().get(KEY);
        return value instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }

    @Override
    public void save(String base64Secret) {
        settingsFactory.createGlobalSettings().put(KEY, base64Secret);
    }
}
