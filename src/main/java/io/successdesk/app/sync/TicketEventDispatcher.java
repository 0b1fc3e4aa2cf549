package io.successdesk.app.sync;

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
 * Hands changed issue ids from the host's event thread to a small worker pool with a bounded queue
 * (ARCHITECTURE "Data Center"). {@link #submit} never blocks and never throws: an id already waiting is not queued
 * twice, and when the queue is full (or the dispatcher is stopped) the id is marked for the daily reconcile instead.
 * A worker failure marks the id too.
 */
@Named
public class TicketEventDispatcher {

    public static final int DEFAULT_CAPACITY = 10_000;
    public static final int DEFAULT_WORKERS = 2;
    private static final Logger LOG = Logger.getLogger(TicketEventDispatcher.class.getName());

    private final TicketEventService service;
    private final ReconcileSet reconcile;
    private final int capacity;
    private final int workers;
    private final Set<Long> waiting = ConcurrentHashMap.newKeySet();
    /** Striped locks: two workers never update the same issue at once (its ledger row is read, then written). */
    private final Object[] issueLocks = java.util.stream.Stream.generate(Object::new).limit(64).toArray();
    private volatile ThreadPoolExecutor executor;

    @Inject
    public TicketEventDispatcher(TicketEventService service, ReconcileSet reconcile) {
        this(service, reconcile, DEFAULT_CAPACITY, DEFAULT_WORKERS);
    }

    public TicketEventDispatcher(TicketEventService service, ReconcileSet reconcile, int capacity, int workers) {
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
        if (executor != null) {
            return;
        }
        ThreadPoolExecutor pool = new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(capacity), runnable -> {
                    Thread thread = new Thread(runnable, "successdesk-ticket-events");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
        executor = pool;
    }

    /** Stops taking work; ids still queued are marked for reconcile. Waits briefly for the running ones. */
    public synchronized void stop() {
        ThreadPoolExecutor pool = executor;
        executor = null;
        if (pool == null) {
            return;
        }
        pool.shutdownNow().forEach(runnable -> {
            if (runnable instanceof Work work) {
                waiting.remove(work.issueId);
                reconcile.mark(work.issueId);
            }
        });
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Queues the issue for an update; true when queued (or already waiting), false when marked for reconcile. */
    public boolean submit(long issueId) {
        try {
            ThreadPoolExecutor pool = executor;
            if (pool == null) {
                reconcile.mark(issueId);
                return false;
            }
            if (!waiting.add(issueId)) {
                return true;
            }
            try {
                pool.execute(new Work(issueId));
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
                synchronized (issueLocks[(int) Math.floorMod(issueId, (long) issueLocks.length)]) {
                    service.issueChanged(issueId);
                }
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
