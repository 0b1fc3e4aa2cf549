/*
 * Compile-only shim: ApplicationUser getLoggedInUser() — code search; JiraAuthenticationContext is a
 * constructor dependency in https://docs.atlassian.com/jira-software/11.3.2/com/atlassian/greenhopper/web/rapid/issue/CommentModelFactory.html
 * (Jira Software 11.3.2, package com.atlassian.jira.security). The method itself not re-read on a page: UNVERIFIED.
 * Never packaged.
 */
package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();
}
