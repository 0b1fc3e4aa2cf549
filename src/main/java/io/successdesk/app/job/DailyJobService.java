package io.successdesk.app.job;

import io.successdesk.app.refresh.AccountRefresher;
import io.successdesk.app.ticket.ReconcileSet;
import io.successdesk.app.ticket.TicketEventService;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily job (docs/product.md §4, docs/architecture.md): takes the day's account snapshot unless that day's already
 * completed, then reconciles the ledger for every issue marked "reconcile later". The caller holds the cluster lock;
 * this use case is idempotent on its own: running it twice in one day snapshots once, and reconciling an
 * up-to-date issue changes nothing.
 * <p>
 * The day is the UTC day of the injected clock (docs/architecture.md, "Days and time zones"), never the server's
 * zone, so it is the same "today" the health service checks a snapshot day against. One failing account does not stop
 * the snapshot (it is counted); a failing snapshot does not stop the reconcile, which walks the marked issues with an
 * ascending cursor so issues that keep failing stay marked without hiding the ones after them.
 */
@Named
public class DailyJobService {

    public static final int RECONCILE_BATCH = 200;
    private static final Logger LOG = Logger.getLogger(DailyJobService.class.getName());

    private final AccountRefresher refresher;
    private final DailyJobState state;
    private final ReconcileSet reconcile;
    private final TicketEventService tickets;
    private final Clock clock;

    @Inject
    public DailyJobService(AccountRefresher refresher, DailyJobState state, ReconcileSet reconcile,
                           TicketEventService tickets, Clock clock) {
        this.refresher = Objects.requireNonNull(refresher, "refresher");
        this.state = Objects.requireNonNull(state, "state");
        this.reconcile = Objects.requireNonNull(reconcile, "reconcile");
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What a run did.
     *
     * @param day            the UTC day snapshotted (or already snapshotted)
     * @param snapshotTaken  whether this run took the day's snapshot
     * @param reconciled     issues reconciled
     * @param failed         issues whose reconcile failed (they stay marked)
     * @param accountsFailed accounts whose snapshot failed (the others were snapshotted)
     */
    public record Report(LocalDate day, boolean snapshotTaken, int reconciled, int failed, int accountsFailed) {
        public Report {
            Objects.requireNonNull(day, "day");
        }
    }

    /** The UTC day of the clock: the one day rule of the daily job and of the services it calls. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /**
     * Snapshots today (the UTC day) unless done, then reconciles. The day counts as done only when every account was
     * snapshotted, so a re-run on the same day retries the failed ones (a snapshot is idempotent per day). When the
     * snapshot fails as a whole, the reconcile still runs and the failure is then rethrown.
     */
    public Report run() {
        LocalDate day = today();
        boolean snapshot = state.lastSnapshotDay().map(last -> last.isBefore(day)).orElse(true);
        int accountsFailed = 0;
        RuntimeException snapshotFailure = null;
        if (snapshot) {
            try {
                AccountRefresher.SnapshotRun run = refresher.snapshotAllAccounts(day);
                accountsFailed = run.failed();
                if (accountsFailed == 0) {
                    state.snapshotDone(day);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "SuccessDesk could not take the snapshot of " + day + "; reconciling anyway", e);
                snapshotFailure = e;
            }
        }
        Reconciled reconciled = reconcileAll();
        if (snapshotFailure != null) {
            throw snapshotFailure;
        }
        return new Report(day, snapshot, reconciled.done(), reconciled.failed(), accountsFailed);
    }

    private record Reconciled(int done, int failed) {
    }

    /**
     * One pass over every marked issue in ascending id order: the cursor moves past each issue tried, failed or not,
     * so each issue is tried at most once per run and a failing one never blocks the ones after it.
     */
    private Reconciled reconcileAll() {
        int done = 0;
        int failed = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            List<Long> batch = reconcile.pendingAfter(after, RECONCILE_BATCH);
            if (batch.isEmpty()) {
                return new Reconciled(done, failed);
            }
            for (long issueId : batch) {
                try {
                    tickets.issueChanged(issueId);
                    reconcile.done(issueId);
                    done++;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "SuccessDesk could not reconcile issue " + issueId + "; it stays marked", e);
                    failed++;
                }
                after = Math.max(after, issueId);
            }
        }
    }
}
