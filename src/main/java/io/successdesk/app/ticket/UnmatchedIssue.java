package io.successdesk.app.ticket;

import io.successdesk.domain.account.AccountResolution;

import java.time.Instant;
import java.util.Objects;

/**
 * A support issue the matching rules give no account, or several, as last seen; listed for an admin to link by hand.
 *
 * @param resolution {@link AccountResolution.Unmatched} or {@link AccountResolution.Ambiguous}
 * @param seenAt     when the issue was last resolved this way
 */
public record UnmatchedIssue(long issueId, String issueKey, String projectKey, AccountResolution resolution,
                             Instant seenAt) {

    public UnmatchedIssue {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(seenAt, "seenAt");
        if (!(resolution instanceof AccountResolution.Unmatched || resolution instanceof AccountResolution.Ambiguous)) {
            throw new IllegalArgumentException("an unmatched issue has no account or several, got " + resolution);
        }
    }
}
