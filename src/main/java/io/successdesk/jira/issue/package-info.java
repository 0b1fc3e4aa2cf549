/** Issue access and issue reading over Jira's IssueManager, CommentManager and PermissionManager. */
@NonNullByDefault
package io.successdesk.jira.issue;

import io.successdesk.domain.NonNullByDefault;
