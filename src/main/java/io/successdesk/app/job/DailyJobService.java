package io.successdesk.app.job;

import io.successdesk.app.refresh.AccountRefresher;
import io.successdesk.app.sync.ReconcileSet;
import io.successdesk.app.sync.TicketEventService;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily job (docs/product.md §4, docs/architecture.md): takes the day's account snapshot unless that day's already
 * completed, then reconciles the ledger for every issue marked "reconcile later". The caller holds the cluster lock;
 * this use case is idempotent on its own: running it twice in one day snapshots once, and reconciling an
 * up-to-date issue changes nothing.
 */
@Named
public class DailyJobService {

    public static final int RECONCILE_BATCH = 200;
    private static final Logger LOG = Logger.getLogger(DailyJobService.class.getName());

    private final AccountRefresher refresher;
    private final DailyJobState state;
    private final ReconcileSet reconcile;
    private final TicketEventService tickets;

    @Inject
    public DailyJobService(AccountRefresher refresher, DailyJobState state, ReconcileSet reconcile,
                           TicketEventService tickets) {
        this.refresher = refresher;
        this.state = state;
        this.reconcile = reconcile;
        this.tickets = tickets;
    }

    /** What a run did. */
    public record Report(boolean snapshotTaken, int reconciled, int failed) {
    }

    public Report run(LocalDate day) {
        boolean snapshot = state.lastSnapshotDay().map(last -> last.isBefore(day)).orElse(true);
        if (snapshot) {
            refresher.snapshotAllAccounts(day);
            state.snapshotDone(day);
        }
        int reconciled = 0;
        int failed = 0;
        long after = -1;
        while (true) {
            final long floor = after;
            List<Long> batch = reconcile.pending(RECONCILE_BATCH).stream().filter(id -> id > floor).toList();
            if (batch.isEmpty()) {
                break;
            }
            for (long issueId : batch) {
                try {
                    tickets.issueChanged(issueId);
                    reconcile.done(issueId);
                    reconciled++;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "SuccessDesk could not reconcile issue " + issueId + "; it stays marked", e);
                    failed++;
                }
                after = issueId;
            }
        }
        return new Report(snapshot, reconciled, failed);
    }
}
