/*
 * Compile-only shim: only the members SuccessDesk calls. Checked by use in public plugins (code search):
 * ApplicationUser getAuthorApplicationUser() (assigned to ApplicationUser in several Jira 7+ plugins and Jira's own
 * CommentService.CommentParameters builder) and java.util.Date getCreated() (passed to a builder's created(Date)).
 * Re-checked 2026-12-03: neither a javadoc page nor a Jira 10/11 app calling them was found: both UNVERIFIED on 11.3
 * (they are read on every issue event, so the smoke test's comment step exercises them). Status table:
 * docs/shim-evidence.md. Never packaged.
 */
package com.atlassian.jira.issue.comments;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Date;

public interface Comment {
    ApplicationUser getAuthorApplicationUser();

    Date getCreated();
}
