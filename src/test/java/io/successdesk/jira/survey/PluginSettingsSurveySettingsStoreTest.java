package io.successdesk.jira.survey;

import io.successdesk.app.survey.SurveySettings;
import io.successdesk.jira.InMemoryPluginSettings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PluginSettingsSurveySettingsStoreTest {

    private final InMemoryPluginSettings pluginSettings = new InMemoryPluginSettings();
    private final PluginSettingsSurveySettingsStore store = new PluginSettingsSurveySettingsStore(pluginSettings);

    @Test
    void shouldReadBackTheCompanyNameAndTheTrustedProxies() {
        SurveySettings saved = new SurveySettings(Optional.of("Acme Support"), List.of("10.0.0.2", "2001:db8::1"));
        store.save(saved);

        assertThat(store.load()).isEqualTo(saved);
        assertThat(new PluginSettingsSurveySettingsStore(pluginSettings).load()).as("another node").isEqualTo(saved);

        store.save(SurveySettings.defaults());
        assertThat(store.load()).isEqualTo(SurveySettings.defaults());
    }

    @Test
    void shouldReadAnUnusableStoredProxyListAsNone() {
        pluginSettings.put(PluginSettingsSurveySettingsStore.TRUSTED_PROXIES, "10.0.0.2\nnot an address");

        assertThat(store.load().trustedProxies()).isEmpty();
    }
}
