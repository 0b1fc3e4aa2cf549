package io.successdesk.sandbox;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Stand-in Jira issues and projects: SUP is a support project, OPS is not. */
public final class SandboxIssues {

    public record SandboxProject(Long getId, String getKey, String name, Set<String> browseGroups) implements Project {
    }

    public record SandboxIssue(Long getId, String getKey, SandboxProject getProjectObject, String summary,
                               String reporter, String status) implements Issue {
    }

    private final Map<String, SandboxProject> projects = new LinkedHashMap<>();
    private final Map<String, SandboxIssue> issues = new LinkedHashMap<>();

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
        issues.put(key, new SandboxIssue(id, key, project, summary, reporter, status));
    }

    public Optional<SandboxIssue> byKey(String key) {
        return Optional.ofNullable(issues.get(key));
    }

    public Map<String, SandboxIssue> all() {
        return Map.copyOf(issues);
    }

    public Set<String> projectKeys() {
        return projects.keySet();
    }
}
