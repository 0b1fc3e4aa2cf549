/*
 * Compile-only shim. String getId() and String getName(), declared on IssueConstant, which IssueType extends
 * ("@PublicApi public interface IssueType extends IssueConstant":
 * https://docs.atlassian.com/jira/7.1.7/com/atlassian/jira/issue/issuetype/IssueType.html; "String getId()",
 * "String getName()": https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/issue/IssueConstant.html). Re-checked
 * 2026-12-03 on Jira 11: Atlassian's Jira Slack app (https://github.com/atlassian-labs/atlassian-slack-integration-server
 * @ 94c50dc, built against jira-api 11.0.0) calls issue.getIssueType().getName() (JiraIssueEventRenderer.java) and
 * implements IssueType anonymously (SlackMessageResource.java). getId() on 11.3 is inherited from the same
 * IssueConstant. Status table: docs/shim-evidence.md. Never packaged.
 */
package com.atlassian.jira.issue.issuetype;

public interface IssueType {
    String getId();

    String getName();
}
