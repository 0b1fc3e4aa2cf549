package io.successdesk.app.ticket;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;

/** {@link UnmatchedIssueStore} in memory, for service tests; the AO store is tested against real databases. */
public final class InMemoryUnmatchedIssueStore implements UnmatchedIssueStore {

    private final ConcurrentSkipListMap<Long, UnmatchedIssue> issues = new ConcurrentSkipListMap<>();

    @Override
    public void put(UnmatchedIssue issue) {
        issues.put(issue.issueId(), issue);
    }

    @Override
    public void remove(long issueId) {
        issues.remove(issueId);
    }

    @Override
    public List<UnmatchedIssue> page(Set<String> projects, long afterIssueId, int limit) {
        return issues.tailMap(afterIssueId, false).values().stream().filter(issue -> projects.contains(issue.projectKey()))
                .limit(limit).toList();
    }

    @Override
    public long count(Set<String> projects) {
        return issues.values().stream().filter(issue -> projects.contains(issue.projectKey())).count();
    }
}
