/*
 * Compile-only shim (package owned by the jira-events branch; only the member the jira-outbound branch calls, the
 * lead merges). MutableIssue getIssueObject(Long) per /work/shared/reference/jira-platform.md §4.2 (public mocks and
 * implementations). Never packaged.
 */
package com.atlassian.jira.issue;

public interface IssueManager {
    MutableIssue getIssueObject(Long id);
}
