package io.successdesk.jira.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.issue.BrowsableIssue;
import io.successdesk.app.issue.IssueAccess;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/** {@link IssueAccess} over Jira: the logged-in user, the issue by its current key, and the Browse Projects permission. */
@Named
public class JiraIssueAccess implements IssueAccess {

    private final IssueManager issueManager;
    private final PermissionManager permissionManager;
    private final JiraAuthenticationContext authenticationContext;

    @Inject
    public JiraIssueAccess(@ComponentImport IssueManager issueManager, @ComponentImport PermissionManager permissionManager,
                           @ComponentImport JiraAuthenticationContext authenticationContext) {
        this.issueManager = issueManager;
        this.permissionManager = permissionManager;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public Optional<BrowsableIssue> browsable(String issueKey) {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        if (user == null || issueKey.isBlank()) {
            return Optional.empty();
        }
        Issue issue = issueManager.getIssueByCurrentKey(issueKey);
        if (issue == null || !permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            return Optional.empty();
        }
        Project project = issue.getProjectObject();
        if (project == null) {
            return Optional.empty();
        }
        ApplicationUser reporter = issue.getReporter();
        return Optional.of(new BrowsableIssue(issue.getId(), issue.getKey(), project.getKey(),
                issue.getSummary() == null ? "" : issue.getSummary(),
                Optional.ofNullable(reporter).map(ApplicationUser::getEmailAddress)));
    }
}
