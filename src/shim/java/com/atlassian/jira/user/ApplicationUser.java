/*
 * Compile-only shim: only the members SuccessDesk calls. Checked against
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/user/ApplicationUser.html
 * (interface; String getKey(), String getUsername(), boolean isActive()) and code search
 * (String getEmailAddress(); used on comment authors in public Jira plugins). Never packaged.
 */
package com.atlassian.jira.user;

public interface ApplicationUser {
    String getKey();

    String getUsername();

    String getEmailAddress();

    boolean isActive();
}
