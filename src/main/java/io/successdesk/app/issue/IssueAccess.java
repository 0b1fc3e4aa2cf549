package io.successdesk.app.issue;

import java.util.Optional;

/**
 * Port: the issue as the current user may see it (docs/product.md §10: panel data only for users who can browse the
 * issue). Empty when there is no logged-in user, no such issue, or the user may not browse it — the REST layer
 * answers all three with 404 so keys cannot be probed.
 */
public interface IssueAccess {

    Optional<BrowsableIssue> browsable(String issueKey);
}
