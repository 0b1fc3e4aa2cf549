/*
 * Compile-only shim: ApplicationUser getLoggedInUser(). JiraAuthenticationContext is a constructor dependency in
 * https://docs.atlassian.com/jira-software/11.3.2/com/atlassian/greenhopper/web/rapid/issue/CommentModelFactory.html
 * (Jira Software 11.3.2, package com.atlassian.jira.security). Re-checked 2026-12-03 on Jira 11: Atlassian's Jira
 * Slack app (https://github.com/atlassian-labs/atlassian-slack-integration-server @ 94c50dc, built against jira-api
 * 11.0.0 and Platform 8.0.0), DefaultDedicatedChannelManager.java returns jiraAuthenticationContext.getLoggedInUser()
 * as an ApplicationUser and passes it to PermissionManager.hasPermission. Status table: docs/shim-evidence.md. Never
 * packaged.
 */
package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();
}
