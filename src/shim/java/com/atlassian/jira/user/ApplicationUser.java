/*
 * Compile-only shim: only the members SuccessDesk calls. jira-platform.md §4.2 (ApplicationUser interface:
 * String getKey(), String getEmailAddress()); getKey() used as viewer.getKey() and getEmailAddress() on
 * comment authors in public Jira plugins (code search). Never packaged.
 */
package com.atlassian.jira.user;

public interface ApplicationUser {
    String getKey();

    String getEmailAddress();
}
