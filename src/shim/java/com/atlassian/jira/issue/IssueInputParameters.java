/*
 * Compile-only shim (owned by the jira-outbound branch; only the members SuccessDesk calls). Checked against:
 * https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/IssueInputParameters.html (@PublicApi interface) and
 * the jira-api source of IssueInputParameters / IssueInputParametersImpl in public repositories: every setter returns
 * IssueInputParameters ("@return this object"): setProjectId(Long), setIssueTypeId(String), setSummary(String),
 * setDescription(String), setAssigneeId(String), setReporterId(String). Re-checked 2026-12-03: no Jira 10/11 page or
 * app using these setters was found, so the descriptors are UNVERIFIED on 11.3 (@PublicApi: binary compatible across
 * minor versions by Atlassian's API policy). Whether the assignee/reporter "id" is the user name or the user key:
 * UNVERIFIED (SuccessDesk passes the user name, as the create screen's user picker does). Status table:
 * docs/shim-evidence.md. Never packaged.
 */
package com.atlassian.jira.issue;

public interface IssueInputParameters {
    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters setDescription(String description);

    IssueInputParameters setAssigneeId(String assigneeId);

    IssueInputParameters setReporterId(String reporterId);
}
