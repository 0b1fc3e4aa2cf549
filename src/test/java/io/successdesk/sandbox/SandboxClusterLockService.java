package io.successdesk.sandbox;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Stand-in for Jira Data Center's database-backed {@link ClusterLockService} (beehive): one row per lock name in the
 * shared database, naming the node that holds it. On a node the lock is also a reentrant JVM lock, so the threads of
 * one node exclude each other and the holding thread may lock again; the row is claimed by the first hold and freed
 * by the last unlock. A lock whose holder node is offline counts as free. Blocking acquisition polls the row, as
 * beehive's database lock does. Conditions are not supported (nor are they in Jira).
 */
final class SandboxClusterLockService implements ClusterLockService {

    static final String TABLE = "SBX_CLUSTER_LOCK";
    private static final Duration POLL = Duration.ofMillis(50);

    private final SandboxSql sql;
    private final String nodeId;
    private final Map<String, ClusterLock> locks = new ConcurrentHashMap<>();

    SandboxClusterLockService(SandboxSql sql, String nodeId) {
        this.sql = sql;
        this.nodeId = nodeId;
    }

    @Override
    public ClusterLock getLockForName(String lockName) {
        return locks.computeIfAbsent(lockName, DatabaseLock::new);
    }

    /** The node holding {@code lockName}, if any (for tests and the docs' claims). */
    java.util.Optional<String> holder(String lockName) {
        return sql.query("SELECT NODE_ID FROM " + TABLE + " WHERE LOCK_NAME = ?", row -> row.getString(1), lockName)
                .stream().filter(java.util.Objects::nonNull).findFirst();
    }

    private final class DatabaseLock implements ClusterLock {

        private final String name;
        private final ReentrantLock local = new ReentrantLock();

        DatabaseLock(String name) {
            this.name = name;
        }

        @Override
        public boolean tryLock() {
            if (!local.tryLock()) {
                return false;
            }
            if (local.getHoldCount() > 1 || claimRow()) {
                return true;
            }
            local.unlock();
            return false;
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(time);
            while (!tryLock()) {
                if (System.nanoTime() >= deadline) {
                    return false;
                }
                pause();
            }
            return true;
        }

        @Override
        public void lock() {
            while (!tryLock()) {
                LockSupport.parkNanos(POLL.toNanos());
            }
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            while (!tryLock()) {
                pause();
            }
        }

        @Override
        public void unlock() {
            if (!local.isHeldByCurrentThread()) {
                throw new IllegalMonitorStateException("cluster lock " + name + " is not held by this thread");
            }
            try {
                if (local.getHoldCount() == 1) {
                    sql.update("UPDATE " + TABLE + " SET NODE_ID = NULL, LOCKED_AT = NULL WHERE LOCK_NAME = ? AND NODE_ID = ?",
                            name, nodeId);
                }
            } finally {
                local.unlock();
            }
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("cluster locks have no conditions");
        }

        private boolean claimRow() {
            sql.insertIfAbsent("INSERT INTO " + TABLE + " (LOCK_NAME) VALUES (?)", name);
            return sql.update("UPDATE " + TABLE + " SET NODE_ID = ?, LOCKED_AT = ? WHERE LOCK_NAME = ? AND (NODE_ID IS NULL"
                            + " OR NODE_ID IN (SELECT NODE_ID FROM " + SandboxNodeRegistry.NODES_TABLE + " WHERE ALIVE = ?))",
                    nodeId, System.currentTimeMillis(), name, false) == 1;
        }

        private void pause() throws InterruptedException {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }
}
