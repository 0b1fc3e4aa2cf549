package io.successdesk.app.ticket;

import io.successdesk.app.change.InMemoryAccountChangeLog;
import io.successdesk.app.change.TestAccountChanges;

import io.successdesk.app.InvalidInputException;
import io.successdesk.app.config.InMemorySettingsStore;
import io.successdesk.app.issue.FakeIssueReader;
import io.successdesk.app.link.InMemoryManualLinkStore;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.ticket.TicketFact;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackfillServiceTest {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    final FakeIssueReader issues = new FakeIssueReader();
    final InMemoryTicketLedger ledger = new InMemoryTicketLedger();
    final InMemorySettingsStore settings = InMemorySettingsStore.supporting("SUP", "HELP");
    final InMemoryAccountChangeLog changeLog = new InMemoryAccountChangeLog();
    final TicketEventService tickets = TicketEventServices.ledgerOnly(issues, ledger, new InMemoryManualLinkStore(),
            settings, new StubAccountDirectory().account("ACME", "acme.example"),
            TestAccountChanges.over(changeLog));
    final InMemoryBackfillCursor cursor = new InMemoryBackfillCursor();
    final InMemoryReconcileSet reconcile = new InMemoryReconcileSet();
    final BackfillService backfill = new BackfillService(issues, tickets, cursor, settings, reconcile,
            Clock.fixed(T0, ZoneOffset.UTC));

    @Test
    void shouldRebuildPageByPageAndResumeFromTheStoredCursor() {
        int total = BackfillService.PAGE_SIZE + 50;
        for (long id = 1; id <= total; id++) {
            issues.create(id, "SUP-" + id, "dana", "dana@acme.example", "Bug", T0);
        }
        issues.create(5000, "HELP-1", "dana", "dana@nowhere.example", "Bug", T0);
        backfill.start(List.of("SUP", "HELP"), "admin");

        assertThat(cursor.load().orElseThrow().total()).as("not counted on the request that starts it").isZero();
        BackfillProgress afterOnePage = backfill.runPages(1).orElseThrow();
        assertThat(afterOnePage.total()).as("counted by the job before its first page: both projects")
                .isEqualTo(total + 1);
        assertThat(afterOnePage.processed()).isEqualTo(BackfillService.PAGE_SIZE);
        assertThat(afterOnePage.afterIssueId()).isEqualTo(BackfillService.PAGE_SIZE);
        assertThat(cursor.load()).contains(afterOnePage);

        BackfillProgress done = backfill.runPages(10).orElseThrow();
        assertThat(done.finished()).isTrue();
        assertThat(done.processed()).isEqualTo(total + 1);
        assertThat(done.recorded()).isEqualTo(total);
        assertThat(ledger.get(total)).isPresent();
        assertThat(changeLog.marked()).as("each recorded issue marked its account; the processor coalesces them")
                .containsExactly(AccountKey.of("ACME"));
    }

    @Test
    void shouldLeaveTheSameLedgerWhenRunTwice() {
        for (long id = 1; id <= 30; id++) {
            issues.create(id, "SUP-" + id, "dana", "dana@acme.example", "Bug", T0);
            if (id % 3 == 0) {
                issues.resolve(id, T0.plusSeconds(id));
            }
        }
        backfill.start(List.of("SUP"), "admin");
        backfill.runPages(5);
        List<TicketFact> first = snapshot();

        backfill.start(List.of("SUP"), "admin");
        backfill.runPages(5);

        assertThat(snapshot()).isEqualTo(first).hasSize(30);
    }

    @Test
    void shouldReturnTheRunningRebuildWhenStartedAgain() {
        issues.create(1, "SUP-1", "dana", "dana@acme.example", "Bug", T0);
        BackfillProgress started = backfill.start(List.of("SUP"), "admin");

        assertThat(backfill.start(List.of("HELP"), "csm")).isEqualTo(started);
    }

    @Test
    void shouldRefuseProjectsThatAreNotSupportProjects() {
        assertThatThrownBy(() -> backfill.start(List.of("OPS"), "admin")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> backfill.start(List.of(), "admin")).isInstanceOf(InvalidInputException.class);
        assertThat(backfill.progress()).isEmpty();
    }

    private List<TicketFact> snapshot() {
        List<TicketFact> facts = new ArrayList<>();
        for (long id = 1; id <= 40; id++) {
            ledger.get(id).ifPresent(facts::add);
        }
        return facts;
    }

    @Test
    void shouldSkipAFailingIssueOfAPageAndMarkItForReconcile() {
        for (long id = 1; id <= 10; id++) {
            issues.create(id, "SUP-" + id, "dana", "dana@acme.example", "Bug", T0);
        }
        TicketEventService fiveBroken = TicketEventServices.ledgerOnly(new FakeIssueReader() {
            @Override
            public java.util.Optional<io.successdesk.app.issue.IssueSnapshot> read(long issueId) {
                if (issueId == 5) {
                    throw new IllegalStateException("broken issue 5");
                }
                return java.util.Optional.of(issues.get(issueId));
            }
        }, ledger, new InMemoryManualLinkStore(), settings, new StubAccountDirectory().account("ACME", "acme.example"),
                TestAccountChanges.over(changeLog));
        BackfillService withBrokenIssue = new BackfillService(issues, fiveBroken, cursor, settings, reconcile,
                Clock.fixed(T0, ZoneOffset.UTC));
        withBrokenIssue.start(List.of("SUP"), "admin");

        BackfillProgress done = withBrokenIssue.runPages(1).orElseThrow();

        assertThat(done.finished()).as("the page moves on past the failing issue").isTrue();
        assertThat(done.processed()).isEqualTo(10);
        assertThat(done.recorded()).isEqualTo(9);
        assertThat(ledger.get(5)).isEmpty();
        assertThat(ledger.get(6)).isPresent();
        assertThat(reconcile.all()).as("marked for the daily reconcile").containsExactly(5L);
        assertThat(done.failed()).isEqualTo(1);
        assertThat(done.lastProblem()).contains("issue 5 (SUP): broken issue 5");
        assertThat(withBrokenIssue.runPages(1).orElseThrow()).as("not retried with its page").isEqualTo(done);
    }

    @Test
    void shouldEstimateTheTimeLeftFromThePaceSoFar() {
        BackfillProgress started = BackfillProgress.started(List.of("SUP"), "admin", T0);
        assertThat(started.timeLeft()).as("nothing read yet").isEmpty();
        BackfillProgress quarter = new BackfillProgress(List.of("SUP"), 0, 250, 250, 250, 1000, 0,
                java.util.Optional.empty(), "admin", T0, T0.plusSeconds(60));
        assertThat(quarter.timeLeft()).as("750 more at 250 a minute").contains(java.time.Duration.ofMinutes(3));
        BackfillProgress notCounted = new BackfillProgress(List.of("SUP"), 0, 250, 250, 250, 0, 0,
                java.util.Optional.empty(), "admin", T0, T0.plusSeconds(60));
        assertThat(notCounted.timeLeft()).isEmpty();
        BackfillProgress beyond = new BackfillProgress(List.of("SUP"), 0, 1200, 1200, 1200, 1000, 0,
                java.util.Optional.empty(), "admin", T0, T0.plusSeconds(60));
        assertThat(beyond.timeLeft()).as("issues created since the count").contains(java.time.Duration.ZERO);
        BackfillProgress finished = new BackfillProgress(List.of("SUP"), 1, 0, 1000, 1000, 1000, 0,
                java.util.Optional.empty(), "admin", T0, T0.plusSeconds(60));
        assertThat(finished.timeLeft()).isEmpty();
        assertThat(new BackfillProgress(List.of("SUP"), 0, 0, 0, 0, 0, 1, java.util.Optional.of("x".repeat(400)),
                "admin", T0, T0).lastProblem().orElseThrow()).hasSize(BackfillProgress.MAX_PROBLEM_LENGTH);
    }
}
