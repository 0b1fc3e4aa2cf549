/*
 * Compile-only shim: only the members SuccessDesk calls. Never packaged.
 * Object getValue(Issue) and CustomFieldType getCustomFieldType() on the CustomField interface: UNVERIFIED on a Jira 11
 * javadoc page (long-standing jira-api members, widely used by public plugins; the real return type is the generic
 * CustomFieldType<T, S>, erased to the same descriptor).
 */
package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;

public interface CustomField {
    Object getValue(Issue issue);

    CustomFieldType getCustomFieldType();
}
