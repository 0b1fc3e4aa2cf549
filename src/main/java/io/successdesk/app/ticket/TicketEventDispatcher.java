package io.successdesk.app.ticket;

import org.jspecify.annotations.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
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
 */
@Named
public class TicketEventDispatcher {

    private static final Logger LOG = Logger.getLogger(TicketEventDispatcher.class.getName());

    private final TicketEventService service;
    private final ReconcileSet reconcile;
    private final int capacity;
    private final int workers;
    private final Set<Long> waiting = ConcurrentHashMap.newKeySet();
    private volatile ThreadPoolExecutor @Nullable [] lanes;

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
    }

    /** Stops taking work; ids still queued are marked for reconcile. Waits briefly for the running ones. */
    public synchronized void stop() {
        ThreadPoolExecutor[] stopping = lanes;
        lanes = null;
        if (stopping == null) {
            return;
        }
        for (ThreadPoolExecutor lane : stopping) {
            lane.shutdownNow().forEach(runnable -> {
                if (runnable instanceof Work work) {
                    waiting.remove(work.issueId);
                    reconcile.mark(work.issueId);
                }
            });
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
                reconcile.mark(issueId);
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
                reconcile.mark(issueId);
                return false;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SuccessDesk could not queue issue " + issueId, e);
            return false;
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
                try {
                    reconcile.mark(issueId);
                } catch (RuntimeException ignored) {
                    // nothing more to do off the event thread
                }
            }
        }
    }
}
