package io.successdesk.jira.jsm.present;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;

import java.util.List;
import java.util.Objects;

/**
 * The values JSM keeps in its custom fields of an issue. The fields are found by their field type's key (plugin key
 * and module key, as Jira's REST field schema reports it in {@code schema.custom}), never by their display name, which
 * administrators rename and translate.
 */
final class JsmFields {

    /** The request's organizations. */
    static final String ORGANIZATIONS = "com.atlassian.servicedesk:sd-customer-organizations";
    /** The customer's satisfaction rating. */
    static final String SATISFACTION = "com.atlassian.servicedesk:sd-request-feedback";

    private final IssueManager issueManager;
    private final CustomFieldManager customFieldManager;

    JsmFields(IssueManager issueManager, CustomFieldManager customFieldManager) {
        this.issueManager = issueManager;
        this.customFieldManager = customFieldManager;
    }

    /** The non-null values of the issue's fields of this type; none when the issue is gone. */
    List<Object> values(long issueId, String typeKey) {
        MutableIssue issue = issueManager.getIssueObject(issueId);
        if (issue == null) {
            return List.of();
        }
        return customFieldManager.getCustomFieldObjects().stream()
                .filter(field -> isOfType(field, typeKey))
                .map(field -> field.getValue(issue))
                .filter(Objects::nonNull)
                .toList();
    }

    private static boolean isOfType(CustomField field, String typeKey) {
        CustomFieldType type = field.getCustomFieldType();
        return type != null && typeKey.equals(type.getKey());
    }
}
