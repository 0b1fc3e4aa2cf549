/*
 * Compile-only shim: only the members SuccessDesk calls. Checked against:
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/Issue.html and
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html ("@PublicApi public interface Issue
 * extends OfBizValueWrapper, IssueContext, WithId, WithKey"; Timestamp getCreated(), ApplicationUser getAssignee()).
 * Re-checked 2026-12-03 on Jira 11: Atlassian's Jira Slack app
 * (https://github.com/atlassian-labs/atlassian-slack-integration-server @ 94c50dc, built against jira-api 11.0.0 and
 * Platform 8.0.0), SlackMessageResource.java implements Issue anonymously with @Override of Long getId(), String
 * getKey(), Project getProjectObject(), String getSummary(), ApplicationUser getReporter(), IssueType getIssueType(),
 * Status getStatus(), Priority getPriority(), Timestamp getCreated(), Timestamp getResolutionDate() — the return types
 * below, compiled against jira-api 11.0.0. Super-interfaces omitted (calls link by owner Issue + descriptor, which the
 * real interface inherits or declares). Status table: docs/shim-evidence.md. Never packaged.
 */
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

import java.sql.Timestamp;

public interface Issue {
    Long getId();

    String getKey();

    Project getProjectObject();

    String getSummary();

    ApplicationUser getReporter();

    IssueType getIssueType();

    Status getStatus();

    Priority getPriority();

    Timestamp getCreated();

    Timestamp getResolutionDate();
}
