/*
 * Compile-only shim: only the members SuccessDesk calls. Checked against:
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/managers/RequestCachingIssueManager.html (implements
 * IssueManager), https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html ("@PublicApi public
 * interface IssueManager") and https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/IssueManager.html
 * (Collection<Long> getIssueIdsForProject(Long projectId)); return types of getIssueObject(Long) and
 * getIssueByCurrentKey(String) (MutableIssue) from jira-platform.md §4.2 (public mocks/implementations).
 * getIssueIdsForProject declares the checked org.ofbiz GenericEntityException in Jira; callers catch Exception so
 * the release build compiles. Whether getIssueIdsForProject is still on the Jira 11.3 interface: UNVERIFIED (seen on
 * the 4.0 page and in the server-line RequestCachingIssueManager). Never packaged.
 */
package com.atlassian.jira.issue;

import java.util.Collection;

public interface IssueManager {
    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueByCurrentKey(String key);

    Collection<Long> getIssueIdsForProject(Long projectId);
}
