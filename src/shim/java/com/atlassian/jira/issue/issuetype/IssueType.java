/*
 * Compile-only shim. String getName() (from IssueConstant); IssueType is the return type of Issue.getIssueType().
 * Re-checked 2026-12-03 on Jira 11: Atlassian's Jira Slack app
 * (https://github.com/atlassian-labs/atlassian-slack-integration-server @ 94c50dc, built against jira-api 11.0.0 and
 * Platform 8.0.0) calls issue.getIssueType().getName() (JiraIssueEventRenderer.java) and implements IssueType
 * anonymously (SlackMessageResource.java), against jira-api 11.0.0. Status table: docs/shim-evidence.md. Never
 * packaged.
 */
package com.atlassian.jira.issue.issuetype;

public interface IssueType {
    String getName();
}
