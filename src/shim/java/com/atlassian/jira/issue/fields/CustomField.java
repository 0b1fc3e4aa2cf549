/*
 * Compile-only shim: only the members SuccessDesk calls. Never packaged. Object getValue(Issue): re-checked 2026-12-03
 * on Jira 11 — Atlassian's Jira Slack app (https://github.com/atlassian-labs/atlassian-slack-integration-server
 * @ 94c50dc, built against jira-api 11.0.0 and Platform 8.0.0), JiraPostFunctionEventRenderer.java returns
 * field.getValue(issue) from a method declared Object. CustomFieldType getCustomFieldType(): UNVERIFIED on a Jira 11
 * javadoc page (long-standing jira-api member; the real return type is the generic CustomFieldType<T, S>, erased to the
 * same descriptor). Status table: docs/shim-evidence.md.
 */
package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;

public interface CustomField {
    Object getValue(Issue issue);

    CustomFieldType getCustomFieldType();
}
