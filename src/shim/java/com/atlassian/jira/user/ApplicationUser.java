/*
 * Compile-only shim (package owned by the jira-events branch; only the members the jira-outbound branch calls, the
 * lead merges). Checked against https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/user/ApplicationUser.html
 * (interface; String getKey(), String getUsername(), boolean isActive()). Never packaged.
 */
package com.atlassian.jira.user;

public interface ApplicationUser {
    String getKey();

    String getUsername();

    boolean isActive();
}
