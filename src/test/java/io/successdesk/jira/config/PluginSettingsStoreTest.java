package io.successdesk.jira.config;

import io.successdesk.app.audit.InMemoryAuditLog;
import io.successdesk.app.config.CtaProjectSettings;
import io.successdesk.app.config.SettingsPart;
import io.successdesk.app.config.SettingsService;
import io.successdesk.app.config.SuccessDeskSettings;
import io.successdesk.jira.InMemoryPluginSettings;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings in SAL plugin settings, written part by part (issue 10 §7: each config write changes only its own fields). */
class PluginSettingsStoreTest {

    private static final CtaProjectSettings CS_PROJECT = new CtaProjectSettings("CS", "10001", "csm");

    private final PluginSettingsStore store = new PluginSettingsStore(new InMemoryPluginSettings());
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final SettingsService service = new SettingsService(store, audit,
            Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC),
            io.successdesk.app.change.TestAccountChanges.DIRECT);

    @Test
    void shouldRoundTripEverySetting() {
        SuccessDeskSettings settings = new SuccessDeskSettings(Set.of("SUP", "OPS"), Set.of("csms"), Set.of("viewers"),
                Set.of("finance"), Optional.of(CS_PROJECT), Set.of("SUP"));
        store.save(settings);
        assertThat(store.load()).isEqualTo(settings);
    }

    @Test
    void shouldKeepTheAutomationAnotherAdminSavedMeanwhileWhenSavingTheAccessSettings() {
        service.save(SuccessDeskSettings.defaults(), "admin");
        SuccessDeskSettings readByAnna = service.load();

        SuccessDeskSettings bobs = readByAnna.withCtaProject(Optional.of(CS_PROJECT)).withSurveyProjects(Set.of("SUP"));
        service.save(bobs, SettingsPart.AUTOMATION, "bob");
        SuccessDeskSettings annas = new SuccessDeskSettings(Set.of("SUP", "OPS"), readByAnna.csmGroups(),
                readByAnna.viewerGroups(), readByAnna.financialViewerGroups(), readByAnna.ctaProject(),
                readByAnna.surveyProjectKeys());
        SuccessDeskSettings stored = service.save(annas, SettingsPart.ACCESS, "anna");

        assertThat(stored.supportProjectKeys()).as("Anna's change").containsExactlyInAnyOrder("SUP", "OPS");
        assertThat(stored.ctaProject()).as("Bob's change, which Anna never read").contains(CS_PROJECT);
        assertThat(stored.surveyProjectKeys()).containsExactly("SUP");
        assertThat(store.load()).isEqualTo(stored);
        assertThat(audit.all().get(audit.all().size() - 1).after()).get().asString()
                .contains("supportProjectKeys=[OPS, SUP]", "ctaProject=" + CS_PROJECT);
    }

    @Test
    void shouldKeepTheAccessSettingsAnotherAdminSavedMeanwhileWhenSavingTheAutomation() {
        SuccessDeskSettings readByBob = service.load();
        service.save(new SuccessDeskSettings(Set.of("OPS"), Set.of("csms"), Set.of("viewers"), Set.of("finance")),
                SettingsPart.ACCESS, "anna");
        SuccessDeskSettings stored = service.save(readByBob.withSurveyProjects(Set.of("OPS")), SettingsPart.AUTOMATION, "bob");

        assertThat(stored.supportProjectKeys()).containsExactly("OPS");
        assertThat(stored.csmGroups()).containsExactly("csms");
        assertThat(stored.surveyProjectKeys()).containsExactly("OPS");
    }
}
