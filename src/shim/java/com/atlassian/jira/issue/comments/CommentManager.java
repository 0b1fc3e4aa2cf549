/*
 * Compile-only shim: only the member SuccessDesk calls. Never packaged. Re-checked 2026-12-02 and 2026-12-03: "public
 * interface CommentManager" with List<Comment> getComments(Issue issue) on
 * https://docs.atlassian.com/jira/4.0/com/atlassian/jira/issue/comments/CommentManager.html and in public plugin code
 * (`List<Comment> comments = commentManager.getComments(issue)`, code search, Jira 7/8 era); Atlassian's Jira Slack
 * app, built against Jira 11.0.0, imports com.atlassian.jira.issue.comments
 * (atlassian-labs/atlassian-slack-integration-server @ 94c50dc, DefaultDedicatedChannelManager.java). No Jira 10/11
 * javadoc page of CommentManager and no Jira 10/11 app calling getComments was found, so getComments(Issue) on 11.3
 * stays UNVERIFIED. The safer-looking alternative, CommentService (Jira Software 11.3.2's CommentModelFactory takes
 * com.atlassian.jira.bc.issue.comment.CommentService:
 * https://docs.atlassian.com/jira-software/11.3.2/com/atlassian/greenhopper/web/rapid/issue/CommentModelFactory.html),
 * proves the type exists on 11.3 but none of its method signatures, so it is not safer; kept CommentManager. Status
 * table: docs/shim-evidence.md.
 */
package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;

import java.util.List;

public interface CommentManager {
    List<Comment> getComments(Issue issue);
}
