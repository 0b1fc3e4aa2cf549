package io.successdesk.app.sync;

import java.util.List;

/**
 * Port: issues whose live event could not be handled (queue full, worker failure) and that the daily job brings
 * up to date. Persistent and shared by the cluster nodes; marking an issue twice keeps it once.
 */
public interface ReconcileSet {

    void mark(long issueId);

    /** Up to {@code limit} marked issue ids, ascending. */
    List<Long> pending(int limit);

    /** Unmarks the issue (it has been reconciled). */
    void done(long issueId);
}
