package io.successdesk.sandbox;

import io.successdesk.app.issue.BrowsableIssue;
import io.successdesk.app.issue.IssueAccess;

import java.util.Optional;

/** The sandbox's stand-in for Jira's issue access: the request's user may browse an issue when in a browse group of its project. */
final class SandboxIssueAccess implements IssueAccess {

    private final SandboxUsers users;
    private final SandboxIssues issues;

    SandboxIssueAccess(SandboxUsers users, SandboxIssues issues) {
        this.users = users;
        this.issues = issues;
    }

    @Override
    public Optional<BrowsableIssue> browsable(String issueKey) {
        return users.currentUser().flatMap(user -> issues.byKey(issueKey)
                .filter(issue -> issue.getProjectObject().browseGroups().stream().anyMatch(user.groups()::contains))
                .map(issue -> new BrowsableIssue(issue.getId(), issue.getKey(), issue.getProjectObject().getKey(),
                        issue.summary(), Optional.of(issue.reporter()).filter(reporter -> reporter.contains("@")))));
    }
}
