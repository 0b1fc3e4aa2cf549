/*
 * Compile-only shim. String getId() and String getName(), declared on IssueConstant, which IssueType extends
 * ("@PublicApi public interface IssueType extends IssueConstant":
 * https://docs.atlassian.com/jira/7.1.7/com/atlassian/jira/issue/issuetype/IssueType.html; "String getId()",
 * "String getName()": https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/issue/IssueConstant.html). No Jira 10/11
 * page found. Never packaged.
 */
package com.atlassian.jira.issue.issuetype;

public interface IssueType {
    String getId();

    String getName();
}
