/*
 * Compile-only shim: only the members SuccessDesk calls. Checked against
 * https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/comments/CommentManager.html ("public interface
 * CommentManager") and public plugin use `List<Comment> comments = commentManager.getComments(issue)` (code search).
 * getComments(Issue) on the Jira 11.3 page: UNVERIFIED. Never packaged.
 */
package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;

import java.util.List;

public interface CommentManager {
    List<Comment> getComments(Issue issue);
}
