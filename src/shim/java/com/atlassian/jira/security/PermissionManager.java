/*
 * Compile-only shim: boolean hasPermission(ProjectPermissionKey, Issue, ApplicationUser) (the REST resources answer
 * 404 for issues the caller may not browse). Re-checked 2026-12-03 on Jira 11: Atlassian's Jira Slack app
 * (https://github.com/atlassian-labs/atlassian-slack-integration-server @ 94c50dc, built against jira-api 11.0.0 and
 * Platform 8.0.0) calls permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user) with an Issue
 * and an ApplicationUser (SlackEventHandlerService.java, PersonalNotificationManager.java) in boolean contexts. Status
 * table: docs/shim-evidence.md. Never packaged.
 */
package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

public interface PermissionManager {
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);
}
