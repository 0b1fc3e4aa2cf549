/*
 * Compile-only shim (package owned by the jira-events branch; only the member the jira-outbound branch calls).
 * Object getValue(Issue) on the CustomField interface: UNVERIFIED on a Jira 11 javadoc page (long-standing jira-api
 * member, widely used by public plugins). Never packaged.
 */
package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.Issue;

public interface CustomField {
    Object getValue(Issue issue);
}
