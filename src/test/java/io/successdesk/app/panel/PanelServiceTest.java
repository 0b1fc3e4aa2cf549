package io.successdesk.app.panel;

import io.successdesk.app.change.TestAccountChanges;
import io.successdesk.app.ticket.TicketEventServices;

import io.successdesk.app.config.InMemorySettingsStore;
import io.successdesk.app.issue.BrowsableIssue;
import io.successdesk.app.issue.FakeIssueReader;
import io.successdesk.app.link.InMemoryManualLinkStore;
import io.successdesk.app.refresh.AppFixture;
import io.successdesk.app.ticket.StubAccountDirectory;
import io.successdesk.app.ticket.TicketEventService;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountFixtures;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.AccountResolution;
import io.successdesk.domain.health.HealthScorecard;
import io.successdesk.domain.ticket.TicketFact;
import io.successdesk.domain.ticket.TicketFacts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import io.successdesk.app.security.FixedUserDirectory;

import static org.assertj.core.api.Assertions.assertThat;

class PanelServiceTest {

    static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");
    static final AccountKey ACME = AccountKey.of("ACME");

    final AppFixture app = new AppFixture(NOW, HealthScorecard.defaults());
    final FakeIssueReader issues = new FakeIssueReader();
    final PanelService panels = new PanelService(app.ledger, app.panels, TicketEventServices.ledgerOnly(issues, app.ledger,
            new InMemoryManualLinkStore(), InMemorySettingsStore.supporting("SUP"),
            new StubAccountDirectory().account("ACME", "acme.example"), TestAccountChanges.discarding()),
            new FixedUserDirectory(java.util.Map.of("csm-anna", "Anna Lindqvist")));

    static BrowsableIssue issue(long id) {
        return new BrowsableIssue(id, "SUP-" + id, "SUP", "summary", Optional.empty());
    }

    @Test
    void shouldShowTheStoredSummaryWithTheLedgersMatchRule() {
        app.accounts.create(AccountFixtures.minimal("ACME"));
        TicketFact fact = TicketFacts.ofAccount(TicketFacts.open(1, "2026-03-30T10:00:00Z"), ACME);
        app.ledger.upsert(fact);
        app.refresh.refresh(ACME);
        PanelSummary stored = app.panelSummaries.get(ACME).orElseThrow();

        IssuePanel.MatchedAccount matched = panels.panel(issue(1)).matched().orElseThrow();

        assertThat(matched.matchedBy()).isEqualTo(fact.matchedBy());
        assertThat(matched.summary()).isSameAs(stored);
        assertThat(matched.summary().openTickets()).isEqualTo(1);
        assertThat(matched.csmDisplayName()).as("minimal accounts have no CSM").isEmpty();
    }

    @Test
    void shouldNameTheCsmAsTheUserDirectoryKnowsThemNowAndNobodyForAnUnknownUser() {
        app.accounts.create(AccountFixtures.full("ACME", "acme.example", 7, "CRM-1"));    // CSM csm-anna
        app.ledger.upsert(TicketFacts.ofAccount(TicketFacts.open(1, "2026-03-30T10:00:00Z"), ACME));
        assertThat(panels.panel(issue(1)).matched().orElseThrow().csmDisplayName()).contains("Anna Lindqvist");

        PanelService unknownUsers = new PanelService(app.ledger, app.panels, TicketEventServices.ledgerOnly(issues,
                app.ledger, new InMemoryManualLinkStore(), InMemorySettingsStore.supporting("SUP"),
                new StubAccountDirectory().account("ACME", "acme.example"), TestAccountChanges.discarding()),
                FixedUserDirectory.none());
        IssuePanel.MatchedAccount matched = unknownUsers.panel(issue(1)).matched().orElseThrow();
        assertThat(matched.csmDisplayName()).isEmpty();
        assertThat(matched.summary().csmUserKey()).contains("csm-anna");
    }

    @Test
    void shouldAssembleAndStoreTheSummaryOnTheFirstViewOfANeverRefreshedAccount() {
        app.accounts.create(AccountFixtures.minimal("ACME"));
        app.ledger.upsert(TicketFacts.ofAccount(TicketFacts.open(1, "2026-03-30T10:00:00Z"), ACME));

        assertThat(panels.panel(issue(1)).matched()).isPresent();
        assertThat(app.panelSummaries.get(ACME)).isPresent();
    }

    @Test
    void shouldExplainWhyWhenTheIssueHasNoRowOrItsAccountIsGone() {
        assertThat(panels.panel(issue(1)).unmatched()).contains(
                new AccountResolution.Unmatched(AccountResolution.UnmatchedReason.NO_RULE_MATCHED));

        app.accounts.create(AccountFixtures.minimal("ACME"));
        app.ledger.upsert(TicketFacts.ofAccount(TicketFacts.open(1, "2026-03-30T10:00:00Z"), ACME));
        app.panels.current(ACME);
        app.accounts.delete(ACME, Account.FIRST_VERSION);
        app.panelSummaries.invalidate(ACME);   // as AccountService.delete does

        IssuePanel gone = panels.panel(issue(1));
        assertThat(gone.matched()).isEmpty();
        assertThat(gone.unmatched()).isPresent();
    }
}
