package io.successdesk.jira.cta;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.cta.CtaIssueCreator;
import io.successdesk.app.cta.CtaIssueRequest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Creates CTA issues with Jira's {@link IssueService} (validate, then create) as the configured run-as user, so
 * Jira's permissions, field validation, events and notifications all apply. Every refusal is logged and answered
 * empty: the CTA then simply stays in the app.
 */
@Named
public class JiraCtaIssueCreator implements CtaIssueCreator {

    private static final Logger LOG = LoggerFactory.getLogger(JiraCtaIssueCreator.class);

    private final IssueService issueService;
    private final UserManager userManager;
    private final ProjectManager projectManager;

    @Inject
    public JiraCtaIssueCreator(@ComponentImport IssueService issueService,
                               @ComponentImport("jiraUserManager") UserManager userManager,
                               @ComponentImport ProjectManager projectManager) {
        this.issueService = issueService;
        this.userManager = userManager;
        this.projectManager = projectManager;
    }

    @Override
    public Optional<String> create(CtaIssueRequest request) {
        ApplicationUser runAs = userManager.getUserByKey(request.runAsUserKey());
        if (runAs == null || !runAs.isActive()) {
            LOG.warn("SuccessDesk: the CTA run-as user '{}' does not exist or is inactive; the CTA stays in the app",
                    request.runAsUserKey());
            return Optional.empty();
        }
        Project project = projectManager.getProjectObjByKey(request.projectKey());
        if (project == null) {
            LOG.warn("SuccessDesk: the CS project '{}' does not exist; the CTA stays in the app", request.projectKey());
            return Optional.empty();
        }
        IssueInputParameters parameters = issueService.newIssueInputParameters()
                .setProjectId(project.getId())
                .setIssueTypeId(request.issueTypeId())
                .setSummary(request.summary())
                .setDescription(request.description())
                .setReporterId(runAs.getUsername());
        assignee(request).ifPresent(parameters::setAssigneeId);

        IssueService.CreateValidationResult validation = issueService.validateCreate(runAs, parameters);
        if (!validation.isValid()) {
            LOG.warn("SuccessDesk: Jira refused the CTA issue in {}: {}", request.projectKey(),
                    String.valueOf(validation.getErrorCollection()));
            return Optional.empty();
        }
        IssueService.IssueResult result = issueService.create(runAs, validation);
        MutableIssue issue = result.isValid() ? result.getIssue() : null;
        if (issue == null) {
            LOG.warn("SuccessDesk: Jira did not create the CTA issue in {}: {}", request.projectKey(),
                    String.valueOf(result.getErrorCollection()));
            return Optional.empty();
        }
        return Optional.of(issue.getKey());
    }

    /** The CSM's user name, when the account has a CSM who still exists and is active; otherwise the default. */
    private Optional<String> assignee(CtaIssueRequest request) {
        return request.assigneeUserKey()
                .map(userManager::getUserByKey)
                .filter(ApplicationUser::isActive)
                .map(ApplicationUser::getUsername);
    }
}
