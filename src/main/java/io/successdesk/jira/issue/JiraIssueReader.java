package io.successdesk.jira.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.issue.IssueReader;
import io.successdesk.app.issue.IssueSnapshot;
import io.successdesk.app.issue.OrganizationSource;
import io.successdesk.app.link.AccountMatchingSettingsStore;
import io.successdesk.domain.ticket.StatusCategory;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link IssueReader} over Jira's managers; translation only. Issue ids of a project come from
 * {@code IssueManager.getIssueIdsForProject} because no search API could be verified for Jira 11: read once per
 * backfill pass and sliced per page ({@link ProjectIssueIds}).
 */
@Named
public class JiraIssueReader implements IssueReader {

    private final IssueManager issueManager;
    private final CommentManager commentManager;
    private final ProjectManager projectManager;
    private final OrganizationSource organizations;
    private final CustomFieldManager customFields;
    private final AccountMatchingSettingsStore matching;
    private final ProjectIssueIds projectIds = new ProjectIssueIds();

    @Inject
    public JiraIssueReader(@ComponentImport IssueManager issueManager, @ComponentImport CommentManager commentManager,
                           @ComponentImport ProjectManager projectManager, @ComponentImport CustomFieldManager customFields,
                           OrganizationSource organizations, AccountMatchingSettingsStore matching) {
        this.issueManager = issueManager;
        this.commentManager = commentManager;
        this.projectManager = projectManager;
        this.customFields = customFields;
        this.organizations = organizations;
        this.matching = matching;
    }

    @Override
    public Optional<IssueSnapshot> read(long issueId) {
        Issue issue = issueManager.getIssueObject(issueId);
        if (issue == null || issue.getProjectObject() == null || issue.getCreated() == null) {
            return Optional.empty();
        }
        ApplicationUser reporter = issue.getReporter();
        List<IssueSnapshot.CommentFact> comments = commentManager.getComments(issue).stream()
                .filter(comment -> comment.getCreated() != null)
                .map(JiraIssueReader::comment).toList();
        return Optional.of(new IssueSnapshot(issue.getId(), issue.getKey(),
                Optional.ofNullable(issue.getSummary()).orElse(""), issue.getProjectObject().getKey(),
                issue.getCreated().toInstant(), Optional.ofNullable(reporter).map(ApplicationUser::getKey),
                Optional.ofNullable(reporter).map(ApplicationUser::getEmailAddress), comments,
                Optional.ofNullable(issue.getResolutionDate()).map(Date::toInstant), priorityRank(issue.getPriority()),
                statusCategory(issue.getStatus()), typeId(issue.getIssueType()), typeName(issue.getIssueType()),
                organizations.organizationIdsOf(issueId), accountFieldValue(issue)));
    }

    /**
     * The value of the admin's account custom field (rule 3 of docs/product.md §2) as text, when the field is set up;
     * the field is found by its id ({@code customfield_NNNNN}), so renaming it changes nothing.
     */
    private Optional<String> accountFieldValue(Issue issue) {
        Optional<String> fieldId = matching.load().accountFieldId();
        if (fieldId.isEmpty()) {
            return Optional.empty();
        }
        CustomField field = customFields.getCustomFieldObject(fieldId.get());
        if (field == null) {
            return Optional.empty();
        }
        Object value = field.getValue(issue);
        return Optional.ofNullable(value).map(String::valueOf).map(String::strip).filter(text -> !text.isEmpty());
    }

    @Override
    public List<Long> issueIdsOf(String projectKey, long afterIssueId, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be 1–" + MAX_PAGE + ", got " + limit);
        }
        Project project = projectManager.getProjectObjByKey(projectKey);
        if (project == null) {
            return List.of();
        }
        return projectIds.page(project.getId(), afterIssueId, limit, () -> idsOf(project));
    }

    @Override
    public long issueCountOf(String projectKey) {
        Project project = projectManager.getProjectObjByKey(projectKey);
        return project == null ? 0 : projectIds.count(project.getId(), () -> idsOf(project));
    }

    private Collection<Long> idsOf(Project project) {
        try {
            return issueManager.getIssueIdsForProject(project.getId());
        } catch (Exception e) { // GenericEntityException (checked) in Jira
            throw new IllegalStateException("cannot list the issues of project " + project.getKey(), e);
        }
    }

    private static IssueSnapshot.CommentFact comment(Comment comment) {
        Instant created = comment.getCreated().toInstant();
        return new IssueSnapshot.CommentFact(Optional.ofNullable(comment.getAuthorApplicationUser())
                .map(ApplicationUser::getKey), created);
    }

    static int priorityRank(Priority priority) {
        Long sequence = priority == null ? null : priority.getSequence();
        return sequence == null || sequence < 1 ? 1 : (int) Math.min(Integer.MAX_VALUE, sequence);
    }

    static StatusCategory statusCategory(Status status) {
        String key = status == null || status.getStatusCategory() == null ? null : status.getStatusCategory().getKey();
        if ("done".equals(key)) {
            return StatusCategory.DONE;
        }
        return "indeterminate".equals(key) ? StatusCategory.IN_PROGRESS : StatusCategory.TO_DO;
    }

    private static String typeId(IssueType type) {
        return type == null || type.getId() == null ? "" : type.getId();
    }

    private static String typeName(IssueType type) {
        return type == null || type.getName() == null ? "" : type.getName();
    }
}
