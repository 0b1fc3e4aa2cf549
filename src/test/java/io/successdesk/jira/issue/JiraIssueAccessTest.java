package io.successdesk.jira.issue;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.fields.CustomField;
import io.successdesk.app.link.AccountMatchingSettings;
import io.successdesk.app.link.AccountMatchingSettingsStore;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import io.successdesk.app.issue.BrowsableIssue;
import io.successdesk.app.issue.IssueSnapshot;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class JiraIssueAccessTest {

    static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");

    final IssueManager issueManager = mock(IssueManager.class);
    final PermissionManager permissions = mock(PermissionManager.class);
    final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    final ApplicationUser agent = user("agent", "agent@vendor.example");
    final ApplicationUser reporter = user("dana", "dana@acme.example");
    final MutableIssue issue = issue();

    @Test
    void shouldAnswerTheIssueToAUserWhoMayBrowseIt() {
        when(authentication.getLoggedInUser()).thenReturn(agent);
        when(issueManager.getIssueByCurrentKey("SUP-1")).thenReturn(issue);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, agent)).thenReturn(true);

        assertThat(access().browsable("SUP-1")).contains(new BrowsableIssue(20001, "SUP-1", "SUP", "Export times out",
                Optional.of("dana@acme.example")));
    }

    @Test
    void shouldAnswerNothingToAnonymousUsersOutsidersAndUnknownKeys() {
        when(issueManager.getIssueByCurrentKey("SUP-1")).thenReturn(issue);
        assertThat(access().browsable("SUP-1")).isEmpty();

        when(authentication.getLoggedInUser()).thenReturn(agent);
        assertThat(access().browsable("SUP-1")).isEmpty();
        assertThat(access().browsable("SUP-404")).isEmpty();
    }

    @Test
    void shouldReadTheLedgerFactsOfAnIssue() {
        Comment comment = mock(Comment.class);
        when(comment.getAuthorApplicationUser()).thenReturn(agent);
        when(comment.getCreated()).thenReturn(Date.from(CREATED.plusSeconds(60)));
        CommentManager comments = mock(CommentManager.class);
        when(comments.getComments(issue)).thenReturn(List.of(comment));
        when(issueManager.getIssueObject(20001L)).thenReturn(issue);
        JiraIssueReader reader = new JiraIssueReader(issueManager, comments, mock(ProjectManager.class),
                mock(CustomFieldManager.class), id -> Set.of(7L), AccountMatchingSettingsStore.fixed(AccountMatchingSettings.none()));

        IssueSnapshot snapshot = reader.read(20001).orElseThrow();

        assertThat(snapshot.reporterKey()).contains("dana");
        assertThat(snapshot.comments()).containsExactly(new IssueSnapshot.CommentFact(Optional.of("agent"),
                CREATED.plusSeconds(60)));
        assertThat(snapshot.priorityRank()).isEqualTo(2);
        assertThat(snapshot.status()).isEqualTo(io.successdesk.domain.ticket.StatusCategory.IN_PROGRESS);
        assertThat(snapshot.issueTypeId()).isEqualTo("10004");
        assertThat(snapshot.issueTypeName()).isEqualTo("Bug");
        assertThat(snapshot.jsmOrganizationIds()).containsExactly(7L);
        assertThat(snapshot.customFieldValue()).as("no account field configured").isEmpty();
        assertThat(reader.read(1)).isEmpty();
    }

    @Test
    void shouldReadTheAccountCustomFieldByTheIdTheAdminConfigured() {
        when(issueManager.getIssueObject(20001L)).thenReturn(issue);
        CustomField field = mock(CustomField.class);
        when(field.getValue(issue)).thenReturn(" ACME ");
        CustomFieldManager customFields = mock(CustomFieldManager.class);
        when(customFields.getCustomFieldObject("customfield_10200")).thenReturn(field);
        CommentManager comments = mock(CommentManager.class);
        when(comments.getComments(issue)).thenReturn(List.of());
        JiraIssueReader reader = new JiraIssueReader(issueManager, comments, mock(ProjectManager.class), customFields,
                id -> Set.of(), AccountMatchingSettingsStore.fixed(new AccountMatchingSettings(
                        Optional.of("customfield_10200"), java.util.Map.of())));

        assertThat(reader.read(20001).orElseThrow().customFieldValue()).contains("ACME");

        when(customFields.getCustomFieldObject("customfield_10200")).thenReturn(null);
        assertThat(reader.read(20001).orElseThrow().customFieldValue()).as("the field was deleted").isEmpty();
    }

    @Test
    void shouldPageTheIssueIdsOfAProjectInOrder() {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(10000L);
        ProjectManager projects = mock(ProjectManager.class);
        when(projects.getProjectObjByKey("SUP")).thenReturn(project);
        when(issueManager.getIssueIdsForProject(10000L)).thenReturn(List.of(30L, 10L, 20L, 40L));
        JiraIssueReader reader = new JiraIssueReader(issueManager, mock(CommentManager.class), projects,
                mock(CustomFieldManager.class), id -> Set.of(), AccountMatchingSettingsStore.fixed(AccountMatchingSettings.none()));

        assertThat(reader.issueIdsOf("SUP", 0, 2)).containsExactly(10L, 20L);
        assertThat(reader.issueIdsOf("SUP", 20, 2)).containsExactly(30L, 40L);
        assertThat(reader.issueIdsOf("SUP", 25, 2)).as("a cursor between ids").containsExactly(30L, 40L);
        assertThat(reader.issueIdsOf("SUP", 40, 2)).isEmpty();
        verify(issueManager, times(1)).getIssueIdsForProject(10000L);

        when(issueManager.getIssueIdsForProject(10000L)).thenReturn(List.of(30L, 10L, 20L, 40L, 50L));
        assertThat(reader.issueIdsOf("SUP", 0, 10)).as("a new pass reads the project again")
                .containsExactly(10L, 20L, 30L, 40L, 50L);
        verify(issueManager, times(2)).getIssueIdsForProject(10000L);
        assertThat(reader.issueIdsOf("NOPE", 0, 2)).isEmpty();

        when(issueManager.getIssueIdsForProject(10000L)).thenReturn(java.util.Arrays.asList(30L, 10L, 30L, null, 40L));
        assertThat(reader.issueCountOf("SUP")).as("distinct ids, read afresh").isEqualTo(3);
        assertThat(reader.issueIdsOf("SUP", 10, 10)).as("and later pages slice that reading").containsExactly(30L, 40L);
        assertThat(reader.issueCountOf("NOPE")).isZero();
    }

    private JiraIssueAccess access() {
        return new JiraIssueAccess(issueManager, permissions, authentication);
    }

    private MutableIssue issue() {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn("SUP");
        Priority priority = mock(Priority.class);
        when(priority.getSequence()).thenReturn(2L);
        StatusCategory category = mock(StatusCategory.class);
        when(category.getKey()).thenReturn("indeterminate");
        Status status = mock(Status.class);
        when(status.getStatusCategory()).thenReturn(category);
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn("Bug");
        when(type.getId()).thenReturn("10004");
        MutableIssue mocked = mock(MutableIssue.class);
        when(mocked.getId()).thenReturn(20001L);
        when(mocked.getKey()).thenReturn("SUP-1");
        when(mocked.getSummary()).thenReturn("Export times out");
        when(mocked.getProjectObject()).thenReturn(project);
        when(mocked.getReporter()).thenReturn(reporter);
        when(mocked.getCreated()).thenReturn(Timestamp.from(CREATED));
        when(mocked.getPriority()).thenReturn(priority);
        when(mocked.getStatus()).thenReturn(status);
        when(mocked.getIssueType()).thenReturn(type);
        return mocked;
    }

    private static ApplicationUser user(String key, String email) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getEmailAddress()).thenReturn(email);
        return user;
    }
}
