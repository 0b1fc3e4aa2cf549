/*
 * Compile-only shim: only the members SuccessDesk calls. Never packaged.
 * - interface IssueManager, @PublicApi:
 *    https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html and
 *    https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/managers/RequestCachingIssueManager.html.
 * - MutableIssue getIssueObject(Long), MutableIssue getIssueByCurrentKey(String): Atlassian's Jira Slack app
 *    (https://github.com/atlassian-labs/atlassian-slack-integration-server @ 94c50dc, built against jira-api 11.0.0
 *    and Platform 8.0.0) assigns both to MutableIssue (SlackEventHandlerService.java and CommandEventRenderer.java).
 * - Collection<Long> getIssueIdsForProject(Long) throws GenericEntityException (checked, org.ofbiz; callers catch
 *    Exception): on https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/IssueManager.html and in public
 *    plugin code (code search: plugins calling it and a delegating IssueManager declaring "public Collection<Long>
 *    getIssueIdsForProject(final Long projectId) throws GenericEntityException", all built against Jira 7/8).
 *    Re-checked 2026-12-02 and 2026-12-03: no Jira 10.x/11.x javadoc page and no Jira 10/11 app calling it was found,
 *    so on 11.3 it is still UNVERIFIED. No safer verified member exists for "all issue ids of a project" (a JQL search
 *    needs SearchService, whose signatures are not verified for Jira 11 either); only the admin-started ledger
 *    backfill uses it. Check at first install (docs/release-on-real-jira.md); status table: docs/shim-evidence.md.
 */
package com.atlassian.jira.issue;

import java.util.Collection;

public interface IssueManager {
    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueByCurrentKey(String key);

    Collection<Long> getIssueIdsForProject(Long projectId);
}
