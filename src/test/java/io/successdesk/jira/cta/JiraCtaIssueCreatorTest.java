package io.successdesk.jira.cta;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.successdesk.app.cta.CtaIssueRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class JiraCtaIssueCreatorTest {

    private final IssueService issueService = mock(IssueService.class);
    private final UserManager userManager = mock(UserManager.class);
    private final ProjectManager projectManager = mock(ProjectManager.class);
    private final IssueInputParameters parameters = mock(IssueInputParameters.class, RETURNS_SELF);
    private final ApplicationUser bot = user("successdesk-bot", "sd-bot", true);
    private final ApplicationUser csm = user("csm-anna", "anna", true);
    private final JiraCtaIssueCreator creator = new JiraCtaIssueCreator(issueService, userManager, projectManager);
    private final CtaIssueRequest request = new CtaIssueRequest("CS", "10002", "successdesk-bot", Optional.of("csm-anna"),
            "[SuccessDesk] Risk: low csat — Acme", "Why\n* SUP-3");

    @BeforeEach
    void setUp() {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(10100L);
        when(projectManager.getProjectObjByKey("CS")).thenReturn(project);
        when(issueService.newIssueInputParameters()).thenReturn(parameters);
    }

    @Test
    void shouldValidateAndCreateTheIssueAsTheRunAsUserWithTheCtaFields() {
        IssueService.CreateValidationResult validation = mock(IssueService.CreateValidationResult.class);
        when(validation.isValid()).thenReturn(true);
        when(issueService.validateCreate(bot, parameters)).thenReturn(validation);
        IssueService.IssueResult result = mock(IssueService.IssueResult.class);
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getKey()).thenReturn("CS-42");
        when(result.isValid()).thenReturn(true);
        when(result.getIssue()).thenReturn(issue);
        when(issueService.create(bot, validation)).thenReturn(result);

        assertThat(creator.create(request)).contains("CS-42");

        verify(parameters).setProjectId(10100L);
        verify(parameters).setIssueTypeId("10002");
        verify(parameters).setSummary("[SuccessDesk] Risk: low csat — Acme");
        verify(parameters).setDescription("Why\n* SUP-3");
        verify(parameters).setAssigneeId("anna");
        verify(parameters).setReporterId("sd-bot");
    }

    @Test
    void shouldCreateNothingWhenJiraRefusesValidation() {
        IssueService.CreateValidationResult validation = mock(IssueService.CreateValidationResult.class);
        when(validation.isValid()).thenReturn(false);
        when(issueService.validateCreate(bot, parameters)).thenReturn(validation);

        assertThat(creator.create(request)).isEmpty();
        verify(issueService, never()).create(bot, validation);
    }

    @Test
    void shouldLeaveTheDefaultAssigneeForAnInactiveCsm() {
        when(csm.isActive()).thenReturn(false);
        when(issueService.validateCreate(bot, parameters)).thenReturn(mock(IssueService.CreateValidationResult.class));

        creator.create(request);

        verify(parameters, never()).setAssigneeId(org.mockito.ArgumentMatchers.anyString());
    }

    @Test
    void shouldCreateNothingWithoutARunAsUserOrProject() {
        when(userManager.getUserByKey("successdesk-bot")).thenReturn(null);
        assertThat(creator.create(request)).isEmpty();

        when(userManager.getUserByKey("successdesk-bot")).thenReturn(bot);
        when(projectManager.getProjectObjByKey("CS")).thenReturn(null);
        assertThat(creator.create(request)).isEmpty();
        verify(issueService, never()).newIssueInputParameters();
    }

    private ApplicationUser user(String key, String name, boolean active) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(name);
        when(user.isActive()).thenReturn(active);
        when(userManager.getUserByKey(key)).thenReturn(user);
        return user;
    }
}
