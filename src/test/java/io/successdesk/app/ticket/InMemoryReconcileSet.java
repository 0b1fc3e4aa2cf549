package io.successdesk.app.ticket;

import java.util.List;
import java.util.TreeSet;

/** Test fake (and sandbox stand-in) of the {@link ReconcileSet} port. */
public final class InMemoryReconcileSet implements ReconcileSet {

    private final TreeSet<Long> ids = new TreeSet<>();

    @Override
    public synchronized void mark(long issueId) {
        ids.add(issueId);
    }

    @Override
    public synchronized List<Long> pendingAfter(long afterIssueId, int limit) {
        return ids.tailSet(afterIssueId, false).stream().limit(limit).toList();
    }

    @Override
    public synchronized void done(long issueId) {
        ids.remove(issueId);
    }

    public synchronized List<Long> all() {
        return List.copyOf(ids);
    }
}
