package io.successdesk.app.ticket;

import java.util.List;

/**
 * Port: issues whose live event could not be handled (queue full, worker failure) and that the daily job brings
 * up to date. Persistent and shared by the cluster nodes; marking an issue twice keeps it once.
 */
public interface ReconcileSet {

    void mark(long issueId);

    /** Up to {@code limit} marked issue ids, ascending. */
    default List<Long> pending(int limit) {
        return pendingAfter(Long.MIN_VALUE, limit);
    }

    /**
     * Up to {@code limit} marked issue ids greater than {@code afterIssueId}, ascending: a cursor, so a caller walks
     * past issues that stay marked (they keep failing) to the ones after them.
     */
    List<Long> pendingAfter(long afterIssueId, int limit);

    /** Unmarks the issue (it has been reconciled). */
    void done(long issueId);
}
