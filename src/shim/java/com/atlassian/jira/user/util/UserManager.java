/*
 * Compile-only shim (package owned by the jira-events branch; only the member the jira-outbound branch calls).
 * ApplicationUser getUserByKey(String) "@since v6.0", from the jira-api source of
 * com.atlassian.jira.user.util.UserManager and public plugins' implementations/mocks of it. Never packaged.
 */
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

public interface UserManager {
    ApplicationUser getUserByKey(String userKey);
}
