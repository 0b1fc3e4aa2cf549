package io.successdesk.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link ClusterLockService} stand-in whose locks are real {@link ReentrantLock}s shared by name: the "cluster" is
 * every thread of this JVM that holds this instance (tests and the sandbox).
 */
public final class LocalClusterLocks implements ClusterLockService {

    private final Map<String, ClusterLock> locks = new ConcurrentHashMap<>();

    @Override
    public ClusterLock getLockForName(String lockName) {
        return locks.computeIfAbsent(lockName, name -> new LocalLock());
    }

    private static final class LocalLock extends ReentrantLock implements ClusterLock {
    }
}
