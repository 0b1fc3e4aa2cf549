package io.successdesk.sandbox;

import io.successdesk.app.issue.IssueReader;
import io.successdesk.app.issue.IssueSnapshot;
import io.successdesk.domain.ticket.StatusCategory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The sandbox's stand-in for Jira's issue reading, over {@link SandboxIssues}. The reporter's name is its key. */
final class SandboxIssueReader implements IssueReader {

    private final SandboxIssues issues;

    SandboxIssueReader(SandboxIssues issues) {
        this.issues = issues;
    }

    @Override
    public Optional<IssueSnapshot> read(long issueId) {
        return issues.byId(issueId).map(issue -> new IssueSnapshot(issue.getId(), issue.getKey(), issue.summary(),
                issue.getProjectObject().getKey(), issue.created(), Optional.of(issue.reporter()),
                Optional.of(issue.reporter()).filter(reporter -> reporter.contains("@")),
                issue.comments().stream().map(c -> new IssueSnapshot.CommentFact(Optional.of(c.author()), c.at())).toList(),
                issue.resolved(), 3, status(issue.status()), "", issue.issueType(), Set.of(), Optional.empty()));
    }

    @Override
    public List<Long> issueIdsOf(String projectKey, long afterIssueId, int limit) {
        return issues.all().values().stream()
                .filter(issue -> issue.getProjectObject().getKey().equals(projectKey) && issue.getId() > afterIssueId)
                .map(SandboxIssues.SandboxIssue::getId).sorted(Comparator.naturalOrder()).limit(limit).toList();
    }

    @Override
    public long issueCountOf(String projectKey) {
        return issues.all().values().stream().filter(issue -> issue.getProjectObject().getKey().equals(projectKey)).count();
    }

    private static StatusCategory status(String status) {
        return switch (status) {
            case "Resolved", "Closed", "Done" -> StatusCategory.DONE;
            case "Open" -> StatusCategory.TO_DO;
            default -> StatusCategory.IN_PROGRESS;
        };
    }
}
