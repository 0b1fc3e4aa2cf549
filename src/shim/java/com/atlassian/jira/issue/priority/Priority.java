/*
 * Compile-only shim. Priority is an interface extending IssueConstant
 * (https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/issue/priority/package-tree.html). Long getSequence():
 * re-checked 2026-12-03 on Jira 11 — Atlassian's Jira Slack app
 * (https://github.com/atlassian-labs/atlassian-slack-integration-server @ 94c50dc, built against jira-api 11.0.0 and
 * Platform 8.0.0), SlackMessageResource.java implements Priority anonymously with "@Override public Long
 * getSequence()" against jira-api 11.0.0. Status table: docs/shim-evidence.md. Never packaged.
 */
package com.atlassian.jira.issue.priority;

public interface Priority {
    Long getSequence();
}
