package io.successdesk.app.job;

import io.successdesk.app.change.InMemoryAccountChangeLog;
import io.successdesk.app.change.TestAccountChanges;
import io.successdesk.app.ticket.TicketEventServices;

import io.successdesk.app.config.InMemorySettingsStore;
import io.successdesk.app.issue.FakeIssueReader;
import io.successdesk.app.link.InMemoryManualLinkStore;
import io.successdesk.app.refresh.AccountRefresher;
import io.successdesk.app.refresh.RecordingRefresher;
import io.successdesk.app.ticket.InMemoryReconcileSet;
import io.successdesk.app.ticket.InMemoryTicketLedger;
import io.successdesk.app.ticket.StubAccountDirectory;
import io.successdesk.app.ticket.TicketEventService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DailyJobServiceTest {

    static final LocalDate DAY = LocalDate.parse("2026-03-02");
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    /** Late on {@link #DAY} in UTC: already the next day in Tokyo and Kiritimati, still the same day in Los Angeles. */
    static final Instant LATE_ON_DAY = Instant.parse("2026-03-02T23:30:00Z");
    static final Clock CLOCK = Clock.fixed(LATE_ON_DAY, ZoneOffset.UTC);

    final FakeIssueReader issues = new FakeIssueReader();
    final InMemoryTicketLedger ledger = new InMemoryTicketLedger();
    final RecordingRefresher refresher = new RecordingRefresher();
    final InMemoryReconcileSet reconcile = new InMemoryReconcileSet();
    final InMemoryDailyJobState state = new InMemoryDailyJobState();
    final InMemoryAccountChangeLog changeLog = new InMemoryAccountChangeLog();
    final TicketEventService tickets = TicketEventServices.ledgerOnly(issues, ledger, new InMemoryManualLinkStore(),
            InMemorySettingsStore.supporting("SUP"), new StubAccountDirectory().account("ACME", "acme.example"),
            TestAccountChanges.over(changeLog));
    final DailyJobService job = new DailyJobService(refresher, state, reconcile, tickets, CLOCK);

    @ParameterizedTest
    @FieldSource("io.successdesk.app.job.DefaultZone#ZONES")
    void shouldSnapshotTheUtcDayOfTheClockWhateverTheServerZone(String zone) {
        DefaultZone.of(zone, () -> {
            DailyJobService zoned = new DailyJobService(refresher, state, reconcile, tickets,
                    Clock.fixed(LATE_ON_DAY, ZoneId.of(zone)));

            DailyJobService.Report report = zoned.run();

            assertThat(zoned.today()).isEqualTo(DAY);
            assertThat(report.day()).isEqualTo(DAY);
            assertThat(refresher.snapshots()).containsExactly(DAY);
            assertThat(state.lastSnapshotDay()).contains(DAY);
        });
    }

    @Test
    void shouldSnapshotOnceAndReconcileTheMarkedIssues() {
        issues.create(1, "SUP-1", "dana", "dana@acme.example", "Bug", T0);
        issues.create(2, "SUP-2", "dana", "dana@acme.example", "Bug", T0);
        reconcile.mark(1);
        reconcile.mark(2);

        DailyJobService.Report report = job.run();

        assertThat(report).isEqualTo(new DailyJobService.Report(DAY, true, 2, 0, 0));
        assertThat(ledger.get(1)).isPresent();
        assertThat(ledger.get(2)).isPresent();
        assertThat(reconcile.all()).isEmpty();
        assertThat(refresher.snapshots()).containsExactly(DAY);
    }

    @Test
    void shouldChangeNothingWhenRunTwiceInOneDay() {
        issues.create(1, "SUP-1", "dana", "dana@acme.example", "Bug", T0);
        reconcile.mark(1);
        job.run();
        var ledgerAfterFirst = ledger.get(1);
        refresher.clear();
        changeLog.clear();

        DailyJobService.Report second = job.run();

        assertThat(second).isEqualTo(new DailyJobService.Report(DAY, false, 0, 0, 0));
        assertThat(refresher.snapshots()).isEmpty();
        assertThat(changeLog.history()).isEmpty();
        assertThat(ledger.get(1)).isEqualTo(ledgerAfterFirst);
        DailyJobService nextDay = new DailyJobService(refresher, state, reconcile, tickets,
                Clock.offset(CLOCK, Duration.ofDays(1)));
        assertThat(nextDay.run().snapshotTaken()).isTrue();
    }

    @Test
    void shouldKeepAnIssueMarkedWhenItsReconcileFails() {
        reconcile.mark(9);
        TicketEventService broken = TicketEventServices.ledgerOnly(new FakeIssueReader() {
            @Override
            public Optional<io.successdesk.app.issue.IssueSnapshot> read(long issueId) {
                throw new IllegalStateException("boom");
            }
        }, ledger, new InMemoryManualLinkStore(), InMemorySettingsStore.supporting("SUP"), new StubAccountDirectory(),
                TestAccountChanges.discarding());

        DailyJobService.Report report = new DailyJobService(refresher, state, reconcile, broken, CLOCK).run();

        assertThat(report.failed()).isEqualTo(1);
        assertThat(reconcile.all()).containsExactly(9L);
    }

    @Test
    void shouldReconcileLaterIssuesWhenAFullBatchOfEarlierOnesKeepsFailing() {
        long failing = DailyJobService.RECONCILE_BATCH;
        for (long id = 1; id <= failing + 1; id++) {
            issues.create(id, "SUP-" + id, "dana", "dana@acme.example", "Bug", T0);
            reconcile.mark(id);
        }
        TicketEventService firstOnesBroken = TicketEventServices.ledgerOnly(new FakeIssueReader() {
            @Override
            public Optional<io.successdesk.app.issue.IssueSnapshot> read(long issueId) {
                if (issueId <= failing) {
                    throw new IllegalStateException("permanently broken issue " + issueId);
                }
                return Optional.of(issues.get(issueId));
            }
        }, ledger, new InMemoryManualLinkStore(), InMemorySettingsStore.supporting("SUP"),
                new StubAccountDirectory().account("ACME", "acme.example"), TestAccountChanges.over(changeLog));

        DailyJobService.Report report = new DailyJobService(refresher, state, reconcile, firstOnesBroken, CLOCK)
                .run();

        assertThat(report.failed()).isEqualTo((int) failing);
        assertThat(report.reconciled()).isEqualTo(1);
        assertThat(ledger.get(failing + 1)).as("the id after the failing batch is reconciled").isPresent();
        assertThat(reconcile.all()).hasSize((int) failing).doesNotContain(failing + 1);
    }

    @Test
    void shouldStillReconcileWhenTheSnapshotFails() {
        issues.create(1, "SUP-1", "dana", "dana@acme.example", "Bug", T0);
        reconcile.mark(1);
        AccountRefresher down = day -> {
            throw new IllegalStateException("account store down");
        };

        assertThatThrownBy(() -> new DailyJobService(down, state, reconcile, tickets, CLOCK).run())
                .hasMessageContaining("account store down");

        assertThat(ledger.get(1)).as("reconcile runs on its own").isPresent();
        assertThat(reconcile.all()).isEmpty();
        assertThat(state.lastSnapshotDay()).as("a failed snapshot is not recorded as done").isEmpty();
    }

    @Test
    void shouldCountFailedAccountsAndLeaveTheDayOpenForARetry() {
        AccountRefresher oneFails = day -> new AccountRefresher.SnapshotRun(2, 1);

        DailyJobService.Report report = new DailyJobService(oneFails, state, reconcile, tickets, CLOCK).run();

        assertThat(report).isEqualTo(new DailyJobService.Report(DAY, true, 0, 0, 1));
        assertThat(state.lastSnapshotDay()).as("a re-run on the same day retries the failed account").isEmpty();
    }
}
