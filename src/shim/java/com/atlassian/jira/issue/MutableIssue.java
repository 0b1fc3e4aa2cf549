/*
 * Compile-only shim. Checked against https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html
 * and code search: IssueManager.getIssueObject / getIssueByCurrentKey return MutableIssue, an interface
 * extending Issue. No members of its own are called. Never packaged.
 */
package com.atlassian.jira.issue;

public interface MutableIssue extends Issue {
}
