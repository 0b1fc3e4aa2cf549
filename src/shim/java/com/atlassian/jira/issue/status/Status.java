/*
 * Compile-only shim. StatusCategory getStatusCategory() with the return type in package
 * com.atlassian.jira.issue.status.category: re-checked 2026-12-03 on Jira 11 — Atlassian's Jira Slack app
 * (https://github.com/atlassian-labs/atlassian-slack-integration-server @ 94c50dc, built against jira-api 11.0.0 and
 * Platform 8.0.0), SlackMessageResource.java implements Status anonymously with "@Override public StatusCategory
 * getStatusCategory()" (that package imported) against jira-api 11.0.0. Status table: docs/shim-evidence.md. Never
 * packaged.
 */
package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.status.category.StatusCategory;

public interface Status {
    StatusCategory getStatusCategory();
}
