/** Issue access and issue reading over Jira's IssueManager, CommentManager and PermissionManager. */
package io.successdesk.jira.issue;

