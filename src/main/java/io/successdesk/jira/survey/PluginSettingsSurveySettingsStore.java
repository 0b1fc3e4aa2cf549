package io.successdesk.jira.survey;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.successdesk.app.survey.SurveySettings;
import io.successdesk.app.survey.SurveySettingsStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Optional;

/**
 * {@link SurveySettingsStore} in Jira's global plugin settings: the company name as a String under
 * {@value #COMPANY_NAME}, the trusted proxies as one String of addresses, one a line, under {@value #TRUSTED_PROXIES}.
 * Each field absent or unreadable reads as in {@link SurveySettings#defaults()} (no proxy trusted).
 */
@Named
public class PluginSettingsSurveySettingsStore implements SurveySettingsStore {

    static final String COMPANY_NAME = "io.successdesk.successdesk-jira:surveyCompanyName";
    static final String LINK_LIFETIME_DAYS = "io.successdesk.successdesk-jira:surveyLinkLifetimeDays";
    static final String TRUSTED_PROXIES = "io.successdesk.successdesk-jira:surveyTrustedProxies";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public PluginSettingsSurveySettingsStore(@ComponentImport PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    @Override
    public SurveySettings load() {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        return new SurveySettings(companyName(settings.get(COMPANY_NAME)),
                trustedProxies(settings.get(TRUSTED_PROXIES)), linkLifetimeDays(settings.get(LINK_LIFETIME_DAYS)));
    }

    /** The stored lifetime, or the default when none (or an unusable one) is stored. */
    private static int linkLifetimeDays(Object stored) {
        try {
            int days = stored instanceof String text ? Integer.parseInt(text.strip()) : SurveySettings.DEFAULT_LINK_LIFETIME_DAYS;
            return SurveySettings.isLinkLifetime(days) ? days : SurveySettings.DEFAULT_LINK_LIFETIME_DAYS;
        } catch (NumberFormatException unusable) {
            return SurveySettings.DEFAULT_LINK_LIFETIME_DAYS;
        }
    }

    private static Optional<String> companyName(Object stored) {
        try {
            return new SurveySettings(stored instanceof String name ? Optional.of(name) : Optional.empty())
                    .companyName();
        } catch (IllegalArgumentException tooLong) {
            return Optional.empty();
        }
    }

    private static List<String> trustedProxies(Object stored) {
        if (!(stored instanceof String lines) || lines.isBlank()) {
            return List.of();
        }
        try {
            return new SurveySettings(Optional.empty(), lines.lines().filter(line -> !line.isBlank()).toList())
                    .trustedProxies();
        } catch (IllegalArgumentException unusable) {
            return List.of();
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
        if (survey.trustedProxies().isEmpty()) {
            settings.remove(TRUSTED_PROXIES);
        } else {
            settings.put(TRUSTED_PROXIES, String.join("\n", survey.trustedProxies()));
        }
        settings.put(LINK_LIFETIME_DAYS, Integer.toString(survey.linkLifetimeDays()));
    }
}
