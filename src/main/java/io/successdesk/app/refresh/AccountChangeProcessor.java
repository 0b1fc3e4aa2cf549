package io.successdesk.app.refresh;

import org.jspecify.annotations.Nullable;
import io.successdesk.app.NotFoundException;
import io.successdesk.app.change.AccountChangeLog;
import io.successdesk.app.change.AccountChangeSignal;
import io.successdesk.app.change.AccountChanges;
import io.successdesk.domain.account.AccountKey;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings marked accounts current: for each account marked by {@link AccountChanges} (on any node, before or after a
 * crash) it runs the account refresh (health recomputed and recorded, CTA rules, panel summary from that same
 * evaluation) and then removes the marks it has seen. Updates of one account that arrive together are coalesced
 * into one refresh. One worker thread per node, started and stopped with the plugin, woken by
 * {@link AccountChangeSignal} and polling every {@link #POLL} for marks made elsewhere; it hands the accounts of a
 * batch to {@link #REFRESH_THREADS} refresh threads (distinct accounts, so never one account twice at once on a node)
 * and waits for the whole batch before reading the next. An account whose refresh fails keeps its mark and is tried
 * again after a growing pause.
 */
@Named
public class AccountChangeProcessor {

    /** How often the worker looks for marks nobody signalled (other nodes, crashes). */
    public static final Duration POLL = Duration.ofMillis(250);
    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final Duration LAST_RETRY = Duration.ofMinutes(5);
    /**
     * Accounts refreshed at once on a node. A refresh mostly waits for the database, so a few run side by side even
     * on a small node; each holds one database connection while it runs (docs/data-center.md).
     */
    public static final int REFRESH_THREADS = 4;
    private static final Logger LOG = Logger.getLogger(AccountChangeProcessor.class.getName());

    private final AccountChangeLog log;
    private final AccountRefreshService refresher;
    private final AccountChangeSignal signal;
    private final Clock clock;
    private final Map<AccountKey, Retry> retries = new ConcurrentHashMap<>();
    private volatile boolean running;
    private @Nullable Thread worker;
    private volatile @Nullable ExecutorService refreshThreads;

    @Inject
    public AccountChangeProcessor(AccountChangeLog log, AccountRefreshService refresher, AccountChangeSignal signal,
                                  Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.refresher = Objects.requireNonNull(refresher, "refresher");
        this.signal = Objects.requireNonNull(signal, "signal");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private record Retry(Instant notBefore, Duration pause) {
    }

    /**
     * Processes one batch of marked accounts (at most {@link AccountChangeLog#MAX_PENDING}), skipping accounts
     * waiting for a retry: on the refresh threads while the worker runs, else on the calling thread, one by one.
     * Returns once every account of the batch is done, or at once when the calling thread is interrupted (its
     * interrupt flag set again; unfinished accounts keep their marks).
     *
     * @return the number of accounts brought current
     */
    public int processPending() {
        Instant now = clock.instant();
        List<AccountChangeLog.Pending> due = log.pending(AccountChangeLog.MAX_PENDING).stream().filter(pending -> {
            Retry retry = retries.get(pending.account());
            return retry == null || !now.isBefore(retry.notBefore());
        }).toList();
        ExecutorService threads = refreshThreads;
        if (threads == null) {
            return (int) due.stream().filter(pending -> process(pending, now)).count();
        }
        int processed = 0;
        try {
            for (Future<Boolean> done : threads.invokeAll(due.stream()
                    .map(pending -> (Callable<Boolean>) () -> process(pending, now)).toList())) {
                processed += outcome(done) ? 1 : 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return processed;
    }

    private static boolean outcome(Future<Boolean> done) throws InterruptedException {
        try {
            return done.get();
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "SuccessDesk's account refresh failed unexpectedly", e.getCause());
            return false;
        }
    }

    private boolean process(AccountChangeLog.Pending pending, Instant now) {
        try {
            refresher.refresh(pending.account());
        } catch (NotFoundException deleted) {
            // a deleted account shows nothing; its marks are done
        } catch (RuntimeException e) {
            Retry previous = retries.get(pending.account());
            Duration pause = previous == null ? FIRST_RETRY : min(previous.pause().multipliedBy(2), LAST_RETRY);
            retries.put(pending.account(), new Retry(now.plus(pause), pause));
            LOG.log(Level.WARNING, "SuccessDesk could not bring account " + pending.account()
                    + " up to date; trying again in " + pause.toSeconds() + " s", e);
            return false;
        }
        retries.remove(pending.account());
        try {
            log.done(pending);
        } catch (RuntimeException e) {
            // the account is current; its marks stay and it is refreshed once more, which changes nothing
            LOG.log(Level.FINE, "SuccessDesk could not remove the processed marks of " + pending.account(), e);
        }
        return true;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Starts this node's worker; a second call does nothing. */
    public synchronized void start() {
        if (worker != null) {
            return;
        }
        running = true;
        AtomicInteger number = new AtomicInteger();
        refreshThreads = Executors.newFixedThreadPool(REFRESH_THREADS, task -> {
            Thread thread = new Thread(task, "successdesk-account-refresh-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        worker = new Thread(this::work, "successdesk-account-changes");
        worker.setDaemon(true);
        worker.start();
    }

    /** Stops the worker after the account it is on; marks not yet processed stay for the next start or node. */
    public synchronized void stop() {
        Thread stopping = worker;
        if (stopping == null) {
            return;
        }
        running = false;
        signal.changed();
        try {
            stopping.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        worker = null;
        ExecutorService threads = refreshThreads;
        refreshThreads = null;
        if (threads != null) {
            threads.shutdown();
        }
    }

    private void work() {
        while (running) {
            try {
                if (processPending() < AccountChangeLog.MAX_PENDING) {
                    signal.await(POLL);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "SuccessDesk's account-change worker failed; it goes on", e);
                awaitQuietly();
            }
        }
    }

    private void awaitQuietly() {
        try {
            signal.await(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
