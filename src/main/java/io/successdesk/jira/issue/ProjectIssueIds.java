package io.successdesk.jira.issue;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The sorted issue ids of the project a backfill is walking, read from Jira once per pass instead of once per page
 * (Jira's only verified listing returns every id of the project). A pass starts at issue id 0 and reloads; later pages
 * of the same project are sliced from the snapshot by binary search. Issues created after the snapshot reach the
 * ledger through the issue events, which is what makes a snapshot enough. Node-local; thread-safe.
 */
final class ProjectIssueIds {

    private long projectId = -1;
    private long[] sorted = new long[0];

    /** Up to {@code limit} ids after {@code afterIssueId}, ascending; {@code load} runs at a pass start or project change. */
    synchronized List<Long> page(long projectId, long afterIssueId, int limit, Supplier<Collection<Long>> load) {
        if (afterIssueId <= 0 || projectId != this.projectId) {
            load(projectId, load);
        }
        int found = Arrays.binarySearch(sorted, afterIssueId);
        int from = found >= 0 ? found + 1 : -found - 1;
        int to = (int) Math.min(sorted.length, (long) from + limit);
        return Arrays.stream(sorted, from, to).boxed().toList();
    }

    /** How many issues the project has: read afresh (a rebuild counts its projects once, when it starts). */
    synchronized int count(long projectId, Supplier<Collection<Long>> load) {
        load(projectId, load);
        return sorted.length;
    }

    private void load(long projectId, Supplier<Collection<Long>> load) {
        sorted = load.get().stream().filter(Objects::nonNull).mapToLong(Long::longValue).sorted().distinct().toArray();
        this.projectId = projectId;
    }
}
