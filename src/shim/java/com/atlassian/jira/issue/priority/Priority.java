/*
 * Compile-only shim. Priority is an interface extending IssueConstant
 * (https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/issue/priority/package-tree.html). Long getSequence()
 * (declared on IssueConstant): UNVERIFIED — no javadoc page or Jira plugin use found; from memory. Never packaged.
 */
package com.atlassian.jira.issue.priority;

public interface Priority {
    Long getSequence();
}
