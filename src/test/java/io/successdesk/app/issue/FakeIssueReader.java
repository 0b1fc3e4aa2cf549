package io.successdesk.app.issue;

import io.successdesk.domain.ticket.StatusCategory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Test fake of the {@link IssueReader} port: issues kept as snapshots, changed by small steps, reads counted. */
public class FakeIssueReader implements IssueReader {

    private final TreeMap<Long, IssueSnapshot> issues = new TreeMap<>();
    private int reads;

    public synchronized int reads() {
        return reads;
    }

    /** A new open issue; its project is its key's prefix, its reporter key is {@code reporter}. */
    public synchronized IssueSnapshot create(long issueId, String issueKey, String reporter, String reporterEmail,
                                             String issueType, Instant at) {
        IssueSnapshot issue = new IssueSnapshot(issueId, issueKey, "Summary of " + issueKey, issueKey.substring(0, issueKey.indexOf('-')), at,
                Optional.of(reporter), Optional.ofNullable(reporterEmail), List.of(), Optional.empty(), 3,
                StatusCategory.TO_DO, "", issueType, Set.of(), Optional.empty());
        issues.put(issueId, issue);
        return issue;
    }

    /** Sets the value of the admin's account custom field on the issue. */
    public synchronized void accountField(long issueId, String value) {
        IssueSnapshot issue = get(issueId);
        issues.put(issueId, new IssueSnapshot(issue.issueId(), issue.issueKey(), issue.summary(), issue.projectKey(), issue.created(),
                issue.reporterKey(), issue.reporterEmail(), issue.comments(), issue.resolved(), issue.priorityRank(),
                issue.status(), issue.issueTypeId(), issue.issueTypeName(), issue.jsmOrganizationIds(), Optional.of(value)));
    }

    /** Gives the issue an issue type with this id and name. */
    public synchronized void issueType(long issueId, String typeId, String typeName) {
        IssueSnapshot issue = get(issueId);
        issues.put(issueId, new IssueSnapshot(issue.issueId(), issue.issueKey(), issue.summary(), issue.projectKey(), issue.created(),
                issue.reporterKey(), issue.reporterEmail(), issue.comments(), issue.resolved(), issue.priorityRank(),
                issue.status(), typeId, typeName, issue.jsmOrganizationIds(), issue.customFieldValue()));
    }

    public synchronized void comment(long issueId, String author, Instant at) {
        IssueSnapshot issue = get(issueId);
        List<IssueSnapshot.CommentFact> comments = new ArrayList<>(issue.comments());
        comments.add(new IssueSnapshot.CommentFact(Optional.of(author), at));
        put(issue, comments, issue.resolved(), issue.status(), issue.priorityRank());
    }

    public synchronized void resolve(long issueId, Instant at) {
        IssueSnapshot issue = get(issueId);
        put(issue, issue.comments(), Optional.of(at), StatusCategory.DONE, issue.priorityRank());
    }

    public synchronized void reopen(long issueId) {
        IssueSnapshot issue = get(issueId);
        put(issue, issue.comments(), Optional.empty(), StatusCategory.IN_PROGRESS, issue.priorityRank());
    }

    public synchronized void prioritise(long issueId, int rank) {
        IssueSnapshot issue = get(issueId);
        put(issue, issue.comments(), issue.resolved(), issue.status(), rank);
    }

    public synchronized void delete(long issueId) {
        issues.remove(issueId);
    }

    public synchronized IssueSnapshot get(long issueId) {
        IssueSnapshot issue = issues.get(issueId);
        if (issue == null) {
            throw new IllegalArgumentException("no issue " + issueId);
        }
        return issue;
    }

    private void put(IssueSnapshot issue, List<IssueSnapshot.CommentFact> comments, Optional<Instant> resolved,
                     StatusCategory status, int rank) {
        issues.put(issue.issueId(), new IssueSnapshot(issue.issueId(), issue.issueKey(), issue.summary(), issue.projectKey(),
                issue.created(), issue.reporterKey(), issue.reporterEmail(), comments, resolved, rank, status,
                issue.issueTypeId(), issue.issueTypeName(), issue.jsmOrganizationIds(), issue.customFieldValue()));
    }

    @Override
    public synchronized Optional<IssueSnapshot> read(long issueId) {
        reads++;
        return Optional.ofNullable(issues.get(issueId));
    }

    @Override
    public synchronized long issueCountOf(String projectKey) {
        return issues.values().stream().filter(issue -> issue.projectKey().equals(projectKey)).count();
    }

    @Override
    public synchronized List<Long> issueIdsOf(String projectKey, long afterIssueId, int limit) {
        return issues.tailMap(afterIssueId, false).values().stream()
                .filter(issue -> issue.projectKey().equals(projectKey))
                .map(IssueSnapshot::issueId).limit(limit).toList();
    }
}
