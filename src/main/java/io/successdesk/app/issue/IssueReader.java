package io.successdesk.app.issue;

import java.util.List;
import java.util.Optional;

/** Port: reads issues from the host without a user context (background work: event worker, backfill, daily job). */
public interface IssueReader {

    /** The largest page {@link #issueIdsOf} returns. */
    int MAX_PAGE = 500;

    /** The issue's facts; empty when it no longer exists. */
    Optional<IssueSnapshot> read(long issueId);

    /**
     * Up to {@code limit} issue ids of project {@code projectKey} above {@code afterIssueId}, ascending; empty for an
     * unknown project. A page shorter than {@code limit} is the last.
     */
    List<Long> issueIdsOf(String projectKey, long afterIssueId, int limit);

    /** How many issues project {@code projectKey} has now (0 for an unknown project): a rebuild's total. */
    long issueCountOf(String projectKey);
}
