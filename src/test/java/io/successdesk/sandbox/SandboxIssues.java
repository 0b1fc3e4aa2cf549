package io.successdesk.sandbox;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stand-in Jira issues and projects: SUP is a support project, OPS is not. Issues can be created, commented,
 * resolved and reopened (the sandbox ticket page does it), each change replacing the immutable issue record.
 */
public final class SandboxIssues {

    public record SandboxProject(Long getId, String getKey, String name, Set<String> browseGroups) implements Project {
        @Override
        public String getName() {
            return name;
        }
    }

    /** A comment: author user name and when. */
    public record SandboxComment(String author, Instant at) {
    }

    public record SandboxIssue(Long getId, String getKey, SandboxProject getProjectObject, String summary,
                               String reporter, String status, String issueType, Instant created,
                               Optional<Instant> resolved, List<SandboxComment> comments) implements Issue {

        public SandboxIssue {
            comments = List.copyOf(comments);
        }

        @Override
        public String getSummary() {
            return summary;
        }

        @Override
        public ApplicationUser getReporter() {
            return null;
        }

        @Override
        public IssueType getIssueType() {
            return null;
        }

        @Override
        public Status getStatus() {
            return null;
        }

        @Override
        public Priority getPriority() {
            return null;
        }

        @Override
        public Timestamp getCreated() {
            return Timestamp.from(created);
        }

        @Override
        public Timestamp getResolutionDate() {
            return resolved.map(Timestamp::from).orElse(null);
        }

        SandboxIssue with(String nextStatus, Optional<Instant> nextResolved, List<SandboxComment> nextComments) {
            return new SandboxIssue(getId, getKey, getProjectObject, summary, reporter, nextStatus, issueType, created,
                    nextResolved, nextComments);
        }
    }

    private static final Instant SEEDED = Instant.parse("2026-01-05T09:00:00Z");

    private final Map<String, SandboxProject> projects = new LinkedHashMap<>();
    private final Map<String, SandboxIssue> issues = new LinkedHashMap<>();
    private long nextId = 20005L;

    public SandboxIssues() {
        SandboxProject support = project(10000L, "SUP", "Customer Support");
        SandboxProject operations = project(10001L, "OPS", "Internal Operations");
        issue(20001L, "SUP-1", support, "Export to CSV times out for large reports", "dana@acme.example", "Open");
        issue(20002L, "SUP-2", support, "SSO login loops after password change", "lee@globex.example", "In Progress");
        issue(20003L, "SUP-3", support, "How do I add a second billing contact?", "sam@initech.example", "Resolved");
        issue(20004L, "OPS-1", operations, "Rotate the staging certificates", "admin", "Open");
    }

    private SandboxProject project(long id, String key, String name) {
        SandboxProject project = new SandboxProject(id, key, name, Set.of(SandboxUsers.AGENT_GROUP));
        projects.put(key, project);
        return project;
    }

    private void issue(long id, String key, SandboxProject project, String summary, String reporter, String status) {
        Optional<Instant> resolved = "Resolved".equals(status) ? Optional.of(SEEDED.plusSeconds(86_400)) : Optional.empty();
        issues.put(key, new SandboxIssue(id, key, project, summary, reporter, status,
                summary.startsWith("How") ? "Question" : "Bug", SEEDED, resolved, List.of()));
    }

    public synchronized Optional<SandboxIssue> byKey(String key) {
        return Optional.ofNullable(issues.get(key));
    }

    public synchronized Optional<SandboxIssue> byId(long id) {
        return issues.values().stream().filter(issue -> issue.getId() == id).findFirst();
    }

    public synchronized Map<String, SandboxIssue> all() {
        return Map.copyOf(issues);
    }

    public synchronized List<SandboxProject> projects() {
        return List.copyOf(projects.values());
    }

    public Set<String> projectKeys() {
        return projects.keySet();
    }

    /** Creates an open issue in {@code projectKey}. */
    public synchronized SandboxIssue create(String projectKey, String summary, String reporter, String issueType, Instant at) {
        SandboxProject project = Optional.ofNullable(projects.get(projectKey))
                .orElseThrow(() -> new IllegalArgumentException("no project " + projectKey));
        long id = nextId++;
        long number = issues.keySet().stream().filter(key -> key.startsWith(projectKey + "-")).count() + 1;
        SandboxIssue issue = new SandboxIssue(id, projectKey + "-" + number, project, summary, reporter, "Open",
                issueType, at, Optional.empty(), List.of());
        issues.put(issue.getKey(), issue);
        return issue;
    }

    public synchronized SandboxIssue comment(String key, String author, Instant at) {
        SandboxIssue issue = existing(key);
        List<SandboxComment> comments = new ArrayList<>(issue.comments());
        comments.add(new SandboxComment(author, at));
        return replace(issue.with(issue.status(), issue.resolved(), comments));
    }

    public synchronized SandboxIssue resolve(String key, Instant at) {
        SandboxIssue issue = existing(key);
        return replace(issue.with("Resolved", Optional.of(at), issue.comments()));
    }

    public synchronized SandboxIssue reopen(String key) {
        SandboxIssue issue = existing(key);
        return replace(issue.with("Reopened", Optional.empty(), issue.comments()));
    }

    private SandboxIssue existing(String key) {
        return byKey(key).orElseThrow(() -> new IllegalArgumentException("no issue " + key));
    }

    private SandboxIssue replace(SandboxIssue issue) {
        issues.put(issue.getKey(), issue);
        return issue;
    }
}
