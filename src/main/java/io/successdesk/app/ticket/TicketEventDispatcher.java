package io.successdesk.app.ticket;

import org.jspecify.annotations.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands changed issue ids from the host's event thread to a few single-threaded worker lanes with bounded queues
 * (docs/architecture.md). An issue always goes to the same lane, so two updates of one issue never run at once
 * and a slow, older read can never overwrite a newer one. {@link #submit} never blocks and never throws: an id
 * already waiting is not queued twice, and when its lane is full (or the dispatcher is stopped) the id is marked for
 * the daily reconcile instead. A worker failure marks the id too.
 *
 * <p>When the database is down the mark fails as well. Such ids are held in memory (at most {@link #MAX_HELD}) and a
 * retry every {@link #RETRY_SECONDS} s marks them once the database answers again and queues them for a live
 * update, so an outage loses no event (docs/data-center.md). Ids held when the node stops are lost; the log says how
 * many.
 */
@Named
public class TicketEventDispatcher {

    private static final Logger LOG = Logger.getLogger(TicketEventDispatcher.class.getName());

    private final TicketEventService service;
    private final ReconcileSet reconcile;
    private final int capacity;
    private final int workers;
    /** Most ids held while the database is down (8 bytes each plus the set's overhead: a few MB). */
    static final int MAX_HELD = 100_000;
    static final long RETRY_SECONDS = 1;

    private final Set<Long> waiting = ConcurrentHashMap.newKeySet();
    private final Set<Long> held = ConcurrentHashMap.newKeySet();
    private final AtomicLong dropped = new AtomicLong();
    private volatile ThreadPoolExecutor @Nullable [] lanes;
    private volatile @Nullable ScheduledExecutorService retries;

    @Inject
    public TicketEventDispatcher(TicketEventService service, ReconcileSet reconcile, TicketEventLaneSizes sizes) {
        int capacity = sizes.capacity();
        int workers = sizes.workers();
        if (capacity < 1 || workers < 1) {
            throw new IllegalArgumentException("capacity and workers must be positive");
        }
        this.service = service;
        this.reconcile = reconcile;
        this.capacity = capacity;
        this.workers = workers;
    }

    /** Starts the workers; a second call does nothing. */
    public synchronized void start() {
        if (lanes != null) {
            return;
        }
        int laneCapacity = Math.max(1, capacity / workers);
        ThreadPoolExecutor[] started = new ThreadPoolExecutor[workers];
        for (int lane = 0; lane < workers; lane++) {
            String name = "successdesk-ticket-events-" + lane;
            started[lane] = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(laneCapacity),
                    runnable -> {
                        Thread thread = new Thread(runnable, name);
                        thread.setDaemon(true);
                        return thread;
                    }, new ThreadPoolExecutor.AbortPolicy());
            started[lane].allowCoreThreadTimeOut(true);
        }
        lanes = started;
        ScheduledExecutorService retry = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "successdesk-ticket-events-retry");
            thread.setDaemon(true);
            return thread;
        });
        retry.scheduleWithFixedDelay(this::retryHeld, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
        retries = retry;
    }

    /** Stops taking work; ids still queued are marked for reconcile. Waits briefly for the running ones. */
    public synchronized void stop() {
        ThreadPoolExecutor[] stopping = lanes;
        lanes = null;
        if (stopping == null) {
            return;
        }
        ScheduledExecutorService retry = retries;
        retries = null;
        if (retry != null) {
            retry.shutdownNow();
        }
        for (ThreadPoolExecutor lane : stopping) {
            lane.shutdownNow().forEach(runnable -> {
                if (runnable instanceof Work work) {
                    waiting.remove(work.issueId);
                    markOrHold(work.issueId);
                }
            });
        }
        if (!held.isEmpty()) {
            LOG.warning("SuccessDesk stopped with " + held.size() + " changed issues it could not record while the "
                    + "database was unavailable; the daily job's reconcile will not know of them");
            held.clear();
        }
        try {
            for (ThreadPoolExecutor lane : stopping) {
                lane.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Queues the issue for an update; true when queued (or already waiting), false when marked for reconcile. */
    public boolean submit(long issueId) {
        try {
            ThreadPoolExecutor[] current = lanes;
            if (current == null) {
                markOrHold(issueId);
                return false;
            }
            if (!waiting.add(issueId)) {
                return true;
            }
            try {
                current[Math.floorMod(Long.hashCode(issueId), current.length)].execute(new Work(issueId));
                return true;
            } catch (RejectedExecutionException full) {
                waiting.remove(issueId);
                markOrHold(issueId);
                return false;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SuccessDesk could not queue issue " + issueId, e);
            return false;
        }
    }

    /** How many ids are held because they could not be recorded (the database is down). */
    public int heldCount() {
        return held.size();
    }

    /** Marks the issue for the daily reconcile or, when the database refuses, holds it for {@link #retryHeld}. */
    private void markOrHold(long issueId) {
        try {
            reconcile.mark(issueId);
        } catch (RuntimeException e) {
            if (held.size() < MAX_HELD) {
                if (held.isEmpty()) {
                    LOG.log(Level.WARNING, "SuccessDesk cannot record changed issues (database unavailable?); holding"
                            + " them in memory and retrying every " + RETRY_SECONDS + " s", e);
                }
                held.add(issueId);
            } else if (dropped.getAndIncrement() % 10_000 == 0) {
                LOG.severe("SuccessDesk holds " + MAX_HELD + " unrecorded changed issues and drops more ("
                        + dropped.get() + " so far); run a full reconcile when the database is back");
            }
        }
    }

    /**
     * Marks every held id (stopping at the first refusal: the database is still down) and queues each marked one for a
     * live update. Runs on the retry thread.
     */
    void retryHeld() {
        for (Long issueId : held) {
            try {
                reconcile.mark(issueId);
            } catch (RuntimeException stillDown) {
                return;
            }
            held.remove(issueId);
            submit(issueId);
        }
    }

    private final class Work implements Runnable {
        private final long issueId;

        private Work(long issueId) {
            this.issueId = issueId;
        }

        @Override
        public void run() {
            waiting.remove(issueId);
            try {
                service.issueChanged(issueId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "SuccessDesk could not update issue " + issueId + "; the daily job will", e);
                markOrHold(issueId);
            }
        }
    }
}
