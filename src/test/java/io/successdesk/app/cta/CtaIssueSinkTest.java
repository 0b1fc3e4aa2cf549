package io.successdesk.app.cta;

import io.successdesk.app.change.TestAccountChanges;

import io.successdesk.app.account.InMemoryAccountStore;
import io.successdesk.app.config.CtaProjectSettings;
import io.successdesk.app.config.SettingsStore;
import io.successdesk.app.config.SuccessDeskSettings;
import io.successdesk.app.audit.InMemoryAuditLog;
import io.successdesk.domain.account.AccountFixtures;
import io.successdesk.domain.cta.Cta;
import io.successdesk.domain.cta.CtaRuleSet;
import io.successdesk.domain.cta.CtaStatus;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** CTAs → issues in the CS project, and the issue's resolution → the CTA closed. */
class CtaIssueSinkTest {

    private final InMemoryAccountStore accounts = new InMemoryAccountStore();
    private final List<CtaIssueRequest> requests = new ArrayList<>();
    private final CtaIssueCreator creator = request -> {
        requests.add(request);
        return Optional.of("CS-" + requests.size());
    };
    private SuccessDeskSettings settings = SuccessDeskSettings.defaults();
    private final SettingsStore settingsStore = new SettingsStore() {
        @Override
        public SuccessDeskSettings load() {
            return settings;
        }

        @Override
        public void save(SuccessDeskSettings saved, java.util.Set<io.successdesk.app.config.SettingsPart> parts) {
            settings = saved;
        }
    };
    private final InMemoryCtaStore store = new InMemoryCtaStore();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final CtaService service = new CtaService(store, new CtaIssueSink(settingsStore, accounts, creator),
            () -> CtaRuleSet.DEFAULTS, audit, Clock.fixed(CtaServiceTest.NOW, ZoneOffset.UTC),
            TestAccountChanges.discarding());

    @Test
    void shouldKeepCtasInTheAppWithoutACsProject() {
        List<Cta> created = CtaServiceTest.evaluateAndOpen(service, CtaServiceTest.redWithLowCsat(CtaServiceTest.TODAY));

        assertThat(created).isNotEmpty().allSatisfy(cta -> assertThat(cta.jiraIssueKey()).isEmpty());
        assertThat(requests).isEmpty();
    }

    @Test
    void shouldCreateOneIssuePerNewCtaAssignedToTheCsmAndRecordItsKey() {
        accounts.create(AccountFixtures.full("ACME", "acme.example", 7, "crm-1"));
        settings = settings.withCtaProject(Optional.of(new CtaProjectSettings("CS", "10002", "successdesk-bot")));

        List<Cta> created = CtaServiceTest.evaluateAndOpen(service, CtaServiceTest.redWithLowCsat(CtaServiceTest.TODAY));
        CtaServiceTest.evaluateAndOpen(service, CtaServiceTest.redWithLowCsat(CtaServiceTest.TODAY));

        assertThat(requests).as("de-duplicated while open").hasSize(created.size());
        CtaIssueRequest lowCsat = requests.get(1);
        assertThat(lowCsat.projectKey()).isEqualTo("CS");
        assertThat(lowCsat.issueTypeId()).isEqualTo("10002");
        assertThat(lowCsat.runAsUserKey()).isEqualTo("successdesk-bot");
        assertThat(lowCsat.assigneeUserKey()).contains("csm-anna");
        assertThat(lowCsat.summary()).isEqualTo("[SuccessDesk] Risk: low csat — ACME Corporation");
        assertThat(lowCsat.description()).startsWith("1 CSAT answer rated 2 or less since 2026\\-03\\-02, on SUP\\-3.")
                .contains("* SUP-3").contains("Account: ACME");
        assertThat(store.all()).extracting(cta -> cta.jiraIssueKey().orElseThrow()).containsExactlyInAnyOrder("CS-1", "CS-2");
    }

    @Test
    void shouldCloseTheCtaWhenItsIssueIsResolvedOnce() {
        accounts.create(AccountFixtures.minimal("ACME"));
        settings = settings.withCtaProject(Optional.of(new CtaProjectSettings("CS", "10002", "successdesk-bot")));
        Cta first = CtaServiceTest.evaluateAndOpen(service, CtaServiceTest.redWithLowCsat(CtaServiceTest.TODAY)).get(0);
        assertThat(requests.get(0).assigneeUserKey()).as("no CSM: project default").isEmpty();

        Optional<Cta> closed = service.closeForIssue("CS-1");

        assertThat(closed).hasValueSatisfying(cta -> {
            assertThat(cta.id()).isEqualTo(first.id());
            assertThat(cta.status()).isEqualTo(CtaStatus.CLOSED);
        });
        assertThat(store.find(first.id()).orElseThrow().status()).isEqualTo(CtaStatus.CLOSED);
        assertThat(audit.all()).extracting(e -> e.action()).contains("cta.close.issue-resolved");
        assertThat(service.closeForIssue("CS-1")).as("already closed").isEmpty();
        assertThat(service.closeForIssue("SUP-99")).as("not a CTA issue").isEmpty();
    }
}
