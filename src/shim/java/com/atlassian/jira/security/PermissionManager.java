/*
 * Compile-only shim: boolean hasPermission(ProjectPermissionKey, Issue, ApplicationUser) — code search
 * and §4.10 (the REST 404 idiom). Not re-read on a javadoc page here: UNVERIFIED. Never packaged.
 */
package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

public interface PermissionManager {
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);
}
