/*
 * Compile-only shim: only the members SuccessDesk calls. Checked by use in public plugins (code search):
 * ApplicationUser getAuthorApplicationUser() (assigned to ApplicationUser in several Jira 7+ plugins and Jira's own
 * CommentService.CommentParameters builder) and java.util.Date getCreated() (passed to a builder's created(Date)).
 * The javadoc page itself was not found: Date return type of getCreated UNVERIFIED against a page. Never packaged.
 */
package com.atlassian.jira.issue.comments;

import com.atlassian.jira.user.ApplicationUser;

import java.util.Date;

public interface Comment {
    ApplicationUser getAuthorApplicationUser();

    Date getCreated();
}
