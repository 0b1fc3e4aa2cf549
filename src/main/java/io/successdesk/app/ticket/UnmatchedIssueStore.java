package io.successdesk.app.ticket;

import java.util.List;
import java.util.Set;

/**
 * Port: the support issues without an account (none matched, or several), one row per issue id, kept in the same
 * transaction as the issue's ledger row: an issue is here exactly when it is in a support project and has no ledger row.
 */
public interface UnmatchedIssueStore {

    /** The largest page {@link #page} returns. */
    int MAX_PAGE = 100;

    /** Inserts the issue, or replaces the one with the same issue id. */
    void put(UnmatchedIssue issue);

    /** Forgets the issue (matched now, deleted, or outside the support projects). */
    void remove(long issueId);

    /**
     * Up to {@code limit} issues of the {@code projects} with an issue id above {@code afterIssueId}, ascending by
     * issue id (keyset paging, stable while issues come and go). Readers pass the support projects of the moment: a
     * project taken off them keeps its rows until its issues are next seen, and they are not listed meanwhile.
     *
     * @param afterIssueId 0 for the first page, then the last issue id of the previous page
     * @param limit        1 to {@link #MAX_PAGE}
     */
    List<UnmatchedIssue> page(Set<String> projects, long afterIssueId, int limit);

    /** How many issues of the {@code projects} are listed. */
    long count(Set<String> projects);
}
