/*
 * Compile-only shim. String getName() (from IssueConstant); IssueType is the return type of Issue.getIssueType()
 * (code search). Interface and member from memory: UNVERIFIED against a javadoc page. Never packaged.
 */
package com.atlassian.jira.issue.issuetype;

public interface IssueType {
    String getName();
}
