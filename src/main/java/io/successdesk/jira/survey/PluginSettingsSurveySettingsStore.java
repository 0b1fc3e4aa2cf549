package io.successdesk.jira.survey;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.successdesk.app.survey.SurveySettings;
import io.successdesk.app.survey.SurveySettingsStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/**
 * {@link SurveySettingsStore} in Jira's global plugin settings: the company name as a String under
 * {@value #COMPANY_NAME}; absent or unreadable reads as {@link SurveySettings#defaults()}.
 */
@Named
public class PluginSettingsSurveySettingsStore implements SurveySettingsStore {

    static final String COMPANY_NAME = "io.successdesk.successdesk-jira:surveyCompanyName";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public PluginSettingsSurveySettingsStore(@ComponentImport PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    @Override
    public SurveySettings load() {
        Object stored = settingsFactory.createGlobalSettings().get(COMPANY_NAME);
        try {
            return new SurveySettings(stored instanceof String name ? Optional.of(name) : Optional.empty());
        } catch (IllegalArgumentException tooLong) {
            return SurveySettings.defaults();
        }
    }

    @Override
    public void save(SurveySettings survey) {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        if (survey.companyName().isPresent()) {
            settings.put(COMPANY_NAME, survey.companyName().get());
        } else {
            settings.remove(COMPANY_NAME);
        }
    }
}
