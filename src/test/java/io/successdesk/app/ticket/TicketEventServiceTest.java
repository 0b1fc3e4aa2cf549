package io.successdesk.app.ticket;

import io.successdesk.app.change.InMemoryAccountChangeLog;
import io.successdesk.app.change.TestAccountChanges;

import io.successdesk.app.config.InMemorySettingsStore;
import io.successdesk.app.issue.FakeIssueReader;
import io.successdesk.app.link.InMemoryManualLinkStore;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.AccountResolution;
import io.successdesk.domain.account.MatchRule;
import io.successdesk.domain.ticket.StatusCategory;
import io.successdesk.domain.ticket.TicketFact;
import io.successdesk.domain.ticket.TicketKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TicketEventServiceTest {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final AccountKey ACME = AccountKey.of("ACME");

    final FakeIssueReader issues = new FakeIssueReader();
    final InMemoryTicketLedger ledger = new InMemoryTicketLedger();
    final InMemoryManualLinkStore links = new InMemoryManualLinkStore();
    final InMemoryAccountChangeLog changeLog = new InMemoryAccountChangeLog();
    final StubAccountDirectory accounts = new StubAccountDirectory()
            .account("ACME", "acme.example").account("GLOBEX", "globex.example")
            .account("SHARED_A", "shared.example").account("SHARED_B", "shared.example");
    final TicketEventService service = TicketEventServices.ledgerOnly(issues, ledger, links,
            InMemorySettingsStore.supporting("SUP"), accounts, changes());

    private io.successdesk.app.change.AccountChanges changes() {
        return TestAccountChanges.over(changeLog);
    }

    @Test
    void shouldKeepTheRowCurrentThroughCreateCommentResolveReopenResolve() {
        issues.create(1, "SUP-1", "dana", "dana@acme.example", "Bug", T0);
        service.issueChanged(1);
        issues.comment(1, "agent", T0.plusSeconds(600));
        service.issueChanged(1);
        issues.resolve(1, T0.plusSeconds(3600));
        service.issueChanged(1);
        issues.reopen(1);
        service.issueChanged(1);
        issues.resolve(1, T0.plusSeconds(7200));
        service.issueChanged(1);

        assertThat(ledger.get(1)).contains(new TicketFact(1, "SUP-1", ACME, "SUP", T0,
                Optional.of(T0.plusSeconds(600)), Optional.of(T0.plusSeconds(7200)), 1, 3, StatusCategory.DONE,
                TicketKind.DEFECT, MatchRule.EMAIL_DOMAIN));
        assertThat(changeLog.history()).hasSize(5).containsOnly(ACME);
    }

    @Test
    void shouldNotCountTheReportersOwnCommentAsAFirstResponse() {
        issues.create(2, "SUP-2", "dana", "dana@acme.example", "Question", T0);
        issues.comment(2, "dana", T0.plusSeconds(60));
        service.issueChanged(2);
        assertThat(ledger.get(2).orElseThrow().firstResponse()).isEmpty();
        assertThat(ledger.get(2).orElseThrow().kind()).isEqualTo(TicketKind.QUESTION);

        issues.comment(2, "agent", T0.plusSeconds(120));
        service.issueChanged(2);
        assertThat(ledger.get(2).orElseThrow().firstResponse()).contains(T0.plusSeconds(120));
    }

    @Test
    void shouldCountEachReopenOnceEvenWhenTheSameStateIsSeenTwice() {
        issues.create(3, "SUP-3", "dana", "dana@acme.example", "Task", T0);
        issues.resolve(3, T0.plusSeconds(60));
        service.issueChanged(3);
        issues.reopen(3);
        service.issueChanged(3);
        service.issueChanged(3);

        assertThat(ledger.get(3).orElseThrow().reopenCount()).isEqualTo(1);
        assertThat(ledger.get(3).orElseThrow().kind()).isEqualTo(TicketKind.REQUEST);
    }

    @Test
    void shouldKeepNoRowForAnUnmatchedIssue() {
        issues.create(4, "SUP-4", "sam", "sam@nowhere.example", "Bug", T0);

        TicketEventService.Outcome outcome = service.issueChanged(4);

        assertThat(outcome).isEqualTo(new TicketEventService.Outcome.NoAccount(
                new AccountResolution.Unmatched(AccountResolution.UnmatchedReason.NO_RULE_MATCHED)));
        assertThat(ledger.get(4)).isEmpty();
        assertThat(changeLog.history()).isEmpty();
    }

    @Test
    void shouldKeepNoRowForAnAmbiguousIssueAndRefreshTheAccountItLeft() {
        issues.create(5, "SUP-5", "lee", "lee@shared.example", "Bug", T0);
        links.put(5, ACME);
        service.issueChanged(5);
        links.remove(5);
        changeLog.clear();

        TicketEventService.Outcome outcome = service.issueChanged(5);

        assertThat(outcome).isInstanceOfSatisfying(TicketEventService.Outcome.NoAccount.class, noAccount ->
                assertThat(noAccount.resolution()).isInstanceOf(AccountResolution.Ambiguous.class));
        assertThat(ledger.get(5)).isEmpty();
        assertThat(changeLog.history()).containsExactly(ACME);
    }

    @Test
    void shouldIgnoreIssuesOutsideTheSupportProjects() {
        issues.create(6, "OPS-1", "dana", "dana@acme.example", "Bug", T0);

        assertThat(service.issueChanged(6)).isEqualTo(new TicketEventService.Outcome.Dropped());
        assertThat(ledger.get(6)).isEmpty();
        assertThat(changeLog.history()).isEmpty();
    }

    @Test
    void shouldForgetADeletedIssueAndRefreshItsAccount() {
        issues.create(7, "SUP-7", "dana", "dana@acme.example", "Bug", T0);
        service.issueChanged(7);
        issues.delete(7);

        service.issueChanged(7);

        assertThat(ledger.get(7)).isEmpty();
        assertThat(changeLog.history()).containsExactly(ACME, ACME);
    }

    @Test
    void shouldNotRefreshWhenNothingChanged() {
        issues.create(8, "SUP-8", "dana", "dana@acme.example", "Bug", T0);
        service.issueChanged(8);
        service.issueChanged(8);

        assertThat(changeLog.history()).containsExactly(ACME);
    }

    @Test
    void shouldRefreshBothAccountsWhenAnIssueMovesBetweenThem() {
        issues.create(9, "SUP-9", "dana", "dana@acme.example", "Bug", T0);
        service.issueChanged(9);
        links.put(9, AccountKey.of("GLOBEX"));

        service.issueChanged(9);

        assertThat(ledger.get(9).orElseThrow().matchedBy()).isEqualTo(MatchRule.MANUAL_LINK);
        assertThat(changeLog.history()).containsExactly(ACME, AccountKey.of("GLOBEX"), ACME);
    }

    @Test
    void shouldListAnIssueWithoutAnAccountForTheAdminsUntilItHasOneOrIsGone() {
        InMemoryUnmatchedIssueStore unmatched = new InMemoryUnmatchedIssueStore();
        java.time.Clock clock = java.time.Clock.fixed(T0, java.time.ZoneOffset.UTC);
        TicketEventService listing = new TicketEventService(issues, ledger, links, InMemorySettingsStore.supporting("SUP"),
                io.successdesk.app.link.AccountMatchingSettingsStore.fixed(io.successdesk.app.link.AccountMatchingSettings.none()),
                accounts, changes(), IssueFollowUps.NONE, unmatched, clock);
        issues.create(20, "SUP-20", "sam", "sam@shared.example", "Question", T0);
        issues.create(21, "SUP-21", "pat", "pat@nowhere.example", "Question", T0);
        issues.create(22, "SUP-22", "dana", "dana@acme.example", "Question", T0);
        listing.issueChanged(20);
        listing.issueChanged(21);
        listing.issueChanged(22);

        assertThat(unmatched.page(java.util.Set.of("SUP"), 0, 10)).containsExactly(
                new UnmatchedIssue(20, "SUP-20", "SUP", new AccountResolution.Ambiguous(MatchRule.EMAIL_DOMAIN,
                        java.util.List.of("shared.example"), java.util.List.of(AccountKey.of("SHARED_A"), AccountKey.of("SHARED_B"))), T0),
                new UnmatchedIssue(21, "SUP-21", "SUP",
                        new AccountResolution.Unmatched(AccountResolution.UnmatchedReason.NO_RULE_MATCHED), T0));

        links.put(20, ACME);
        listing.issueChanged(20);
        issues.delete(21);
        listing.issueChanged(21);
        assertThat(unmatched.count(java.util.Set.of("SUP"))).as("linked by hand, and deleted").isZero();
        assertThat(ledger.get(20).orElseThrow().account()).isEqualTo(ACME);

        java.util.concurrent.atomic.AtomicInteger writes = new java.util.concurrent.atomic.AtomicInteger();
        TicketEventService counting = new TicketEventService(issues, ledger, links, InMemorySettingsStore.supporting("SUP"),
                io.successdesk.app.link.AccountMatchingSettingsStore.fixed(io.successdesk.app.link.AccountMatchingSettings.none()),
                accounts, changes(), IssueFollowUps.NONE, new UnmatchedIssueStore() {
                    @Override
                    public void put(UnmatchedIssue issue) {
                        writes.incrementAndGet();
                    }

                    @Override
                    public void remove(long issueId) {
                        writes.incrementAndGet();
                    }

                    @Override
                    public java.util.List<UnmatchedIssue> page(java.util.Set<String> projects, long afterIssueId, int limit) {
                        return java.util.List.of();
                    }

                    @Override
                    public long count(java.util.Set<String> projects) {
                        return 0;
                    }
                }, clock);
        issues.comment(22, "agent", T0.plusSeconds(60));
        counting.issueChanged(22);
        assertThat(writes).as("a ticket that had its ledger row was never listed: its update writes nothing here").hasValue(0);
    }

    @Test
    void shouldUseTheAccountFieldAndTheProjectDefaultTheAdminConfigured() {
        TicketEventService configured = new TicketEventService(issues, ledger, links, InMemorySettingsStore.supporting("SUP"),
                io.successdesk.app.link.AccountMatchingSettingsStore.fixed(new io.successdesk.app.link.AccountMatchingSettings(
                        java.util.Optional.of("customfield_10200"), java.util.Map.of("SUP", io.successdesk.domain.account.AccountKey.of("GLOBEX")))),
                accounts, changes(), IssueFollowUps.NONE, new InMemoryUnmatchedIssueStore(), java.time.Clock.systemUTC());
        issues.create(7, "SUP-7", "pat", "pat@nowhere.example", "Question", T0);
        configured.issueChanged(7);
        assertThat(ledger.get(7)).hasValueSatisfying(fact -> {
            assertThat(fact.account().value()).isEqualTo("GLOBEX");
            assertThat(fact.matchedBy()).isEqualTo(io.successdesk.domain.account.MatchRule.PROJECT_DEFAULT);
        });

        issues.accountField(7, "ACME");
        configured.issueChanged(7);
        assertThat(ledger.get(7)).hasValueSatisfying(fact -> {
            assertThat(fact.account().value()).isEqualTo("ACME");
            assertThat(fact.matchedBy()).isEqualTo(io.successdesk.domain.account.MatchRule.CUSTOM_FIELD);
        });
        assertThat(changeLog.history()).contains(io.successdesk.domain.account.AccountKey.of("GLOBEX"),
                io.successdesk.domain.account.AccountKey.of("ACME"));
    }

    @Test
    void shouldTakeTheKindFromTheIssueTypeMappingByIdBeforeTheDefaultOfTheName() {
        TicketEventService mapped = new TicketEventService(issues, ledger, links, InMemorySettingsStore.supporting("SUP"),
                io.successdesk.app.link.AccountMatchingSettingsStore.fixed(new io.successdesk.app.link.AccountMatchingSettings(
                        java.util.Optional.empty(), java.util.Map.of("SUP", AccountKey.of("GLOBEX")),
                        java.util.Map.of("10100", TicketKind.DEFECT, "10004", TicketKind.REQUEST))),
                accounts, changes(), IssueFollowUps.NONE, new InMemoryUnmatchedIssueStore(), java.time.Clock.systemUTC());
        issues.create(8, "SUP-8", "pat", "pat@nowhere.example", "Fehler", T0);
        issues.issueType(8, "10100", "Fehler");
        issues.create(9, "SUP-9", "pat", "pat@nowhere.example", "Bug", T0);
        issues.issueType(9, "10004", "Bug");
        issues.create(10, "SUP-10", "pat", "pat@nowhere.example", "Question", T0);
        issues.issueType(10, "10005", "Question");

        mapped.issueChanged(8);
        mapped.issueChanged(9);
        mapped.issueChanged(10);

        assertThat(ledger.get(8).orElseThrow().kind()).as("a German name, mapped by id").isEqualTo(TicketKind.DEFECT);
        assertThat(ledger.get(9).orElseThrow().kind()).as("the mapping overrides the name").isEqualTo(TicketKind.REQUEST);
        assertThat(ledger.get(10).orElseThrow().kind()).as("unmapped: the default of its name").isEqualTo(TicketKind.QUESTION);
    }
}
