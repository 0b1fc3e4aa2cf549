/*
 * Compile-only shim (package owned by the jira-events branch; only the member the jira-outbound branch calls). Object
 * getValue(Issue) on the CustomField interface: re-checked 2026-12-03 on Jira 11 — Atlassian's Jira Slack app
 * (https://github.com/atlassian-labs/atlassian-slack-integration-server @ 94c50dc, built against jira-api 11.0.0 and
 * Platform 8.0.0), JiraPostFunctionEventRenderer.java returns field.getValue(issue) from a method declared Object,
 * compiled against jira-api 11.0.0. Status table: docs/shim-evidence.md. Never packaged.
 */
package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.Issue;

public interface CustomField {
    Object getValue(Issue issue);
}
