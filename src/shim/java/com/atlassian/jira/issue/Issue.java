/*
 * Compile-only shim: only the members SuccessDesk calls. Checked against:
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/Issue.html and
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html (Jira 11.x line; "@PublicApi public
 * interface Issue extends OfBizValueWrapper, IssueContext, WithId, WithKey"):
 * Long getId(), String getKey(), Project getProjectObject(), String getSummary(), ApplicationUser getReporter(),
 * IssueType getIssueType(), Status getStatus(), Priority getPriority(), java.sql.Timestamp getCreated(),
 * java.sql.Timestamp getResolutionDate(). getCreated's Timestamp return type is on the page; getReporter /
 * getIssueType / getStatus / getPriority / getResolutionDate return types from code search (page plus a
 * public IssueMock implementing Issue) — the page excerpt we could read lists getCreated and getAssignee only, so
 * those four are UNVERIFIED against the page text itself. Super-interfaces omitted (calls link by owner Issue +
 * descriptor, which the real interface inherits or declares). Never packaged.
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
