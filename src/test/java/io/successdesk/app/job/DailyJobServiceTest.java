package io.successdesk.app.job;

import io.successdesk.app.change.TestAccountChanges;
import io.successdesk.app.change.InMemoryAccountChangeLog;
import io.successdesk.app.sync.TicketEventServices;

import io.successdesk.app.config.InMemorySettingsStore;
import io.successdesk.app.issue.FakeIssueReader;
import io.successdesk.app.link.InMemoryManualLinkStore;
import io.successdesk.app.refresh.RecordingRefresher;
import io.successdesk.app.sync.InMemoryReconcileSet;
import io.successdesk.app.ticket.InMemoryTicketLedger;
import io.successdesk.app.ticket.StubAccountDirectory;
import io.successdesk.app.sync.TicketEventService;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DailyJobServiceTest {

    static final LocalDate DAY = LocalDate.parse("2026-03-02");
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    final FakeIssueReader issues = new FakeIssueReader();
    final InMemoryTicketLedger ledger = new InMemoryTicketLedger();
    final RecordingRefresher refresher = new RecordingRefresher();
    final InMemoryReconcileSet reconcile = new InMemoryReconcileSet();
    final InMemoryDailyJobState state = new InMemoryDailyJobState();
    final InMemoryAccountChangeLog changeLog = new InMemoryAccountChangeLog();
    final TicketEventService tickets = TicketEventServices.ledgerOnly(issues, ledger, new InMemoryManualLinkStore(),
            InMemorySettingsStore.supporting("SUP"), new StubAccountDirectory().account("ACME", "acme.example"),
            TestAccountChanges.over(changeLog));
    final DailyJobService job = new DailyJobService(refresher, state, reconcile, tickets);

    @Test
    void shouldSnapshotOnceAndReconcileTheMarkedIssues() {
        issues.create(1, "SUP-1", "dana", "dana@acme.example", "Bug", T0);
        issues.create(2, "SUP-2", "dana", "dana@acme.example", "Bug", T0);
        reconcile.mark(1);
        reconcile.mark(2);

        DailyJobService.Report report = job.run(DAY);

        assertThat(report).isEqualTo(new DailyJobService.Report(true, 2, 0));
        assertThat(ledger.get(1)).isPresent();
        assertThat(ledger.get(2)).isPresent();
        assertThat(reconcile.all()).isEmpty();
        assertThat(refresher.snapshots()).containsExactly(DAY);
    }

    @Test
    void shouldChangeNothingWhenRunTwiceInOneDay() {
        issues.create(1, "SUP-1", "dana", "dana@acme.example", "Bug", T0);
        reconcile.mark(1);
        job.run(DAY);
        var ledgerAfterFirst = ledger.get(1);
        refresher.clear();
        changeLog.clear();

        DailyJobService.Report second = job.run(DAY);

        assertThat(second).isEqualTo(new DailyJobService.Report(false, 0, 0));
        assertThat(refresher.snapshots()).isEmpty();
        assertThat(changeLog.history()).isEmpty();
        assertThat(ledger.get(1)).isEqualTo(ledgerAfterFirst);
        assertThat(job.run(DAY.plusDays(1)).snapshotTaken()).isTrue();
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

        DailyJobService.Report report = new DailyJobService(refresher, state, reconcile, broken).run(DAY);

        assertThat(report.failed()).isEqualTo(1);
        assertThat(reconcile.all()).containsExactly(9L);
    }

    static final class InMemoryDailyJobState implements DailyJobState {
        private LocalDate last;

        @Override
        public Optional<LocalDate> lastSnapshotDay() {
            return Optional.ofNullable(last);
        }

        @Override
        public void snapshotDone(LocalDate day) {
            last = day;
        }
    }
}
