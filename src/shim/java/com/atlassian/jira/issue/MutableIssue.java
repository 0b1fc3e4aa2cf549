/*
 * Compile-only shim (package owned by the jira-events branch; added here with no members of its own, the lead
 * merges). MutableIssue extends Issue per https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/MutableIssue.html
 * and IssueService.IssueValidationResult.getIssue() returning MutableIssue. Never packaged.
 */
package com.atlassian.jira.issue;

public interface MutableIssue extends Issue {
}
