package io.successdesk.domain.ticket;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.MatchRule;
import io.successdesk.domain.timeline.TimelineKind;
import io.successdesk.domain.timeline.TimelinePosition;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One row of the ticket ledger (docs/product.md §3): the account-relevant facts of a support issue.
 *
 * @param issueId        Jira's issue id, positive; the ledger's key
 * @param issueKey       the issue key, e.g. {@code SUP-12}
 * @param account        the account the issue was resolved to
 * @param projectKey     the issue's project key; the prefix of {@code issueKey}
 * @param created        when the issue was created
 * @param firstResponse  the first comment or public reply by someone other than the reporter, never before {@code created}
 * @param resolved       when the issue was last resolved, never before {@code created}; empty while unresolved
 * @param reopenCount    how often it was reopened after a resolution, 0 or more
 * @param priorityRank   the priority's position in Jira's ordered list, 1 = highest
 * @param status         the status category now
 * @param kind           defect, question or request
 * @param matchedBy      the rule that tied the issue to {@code account}
 */
public record TicketFact(long issueId, String issueKey, AccountKey account, String projectKey, Instant created,
                         Optional<Instant> firstResponse, Optional<Instant> resolved, int reopenCount,
                         int priorityRank, StatusCategory status, TicketKind kind, MatchRule matchedBy) {

    private static final Pattern ISSUE_KEY = Pattern.compile("([A-Z][A-Z0-9_]*)-[1-9][0-9]*");

    public TicketFact {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(firstResponse, "firstResponse");
        Objects.requireNonNull(resolved, "resolved");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(matchedBy, "matchedBy");
        if (issueId < 1) {
            throw new IllegalArgumentException("issue id must be positive, got " + issueId);
        }
        var keyParts = ISSUE_KEY.matcher(issueKey);
        if (!keyParts.matches() || !keyParts.group(1).equals(projectKey)) {
            throw new IllegalArgumentException("issue key '" + issueKey + "' is not an issue of project " + projectKey);
        }
        if (firstResponse.isPresent() && firstResponse.get().isBefore(created)) {
            throw new IllegalArgumentException("first response " + firstResponse.get() + " before creation " + created);
        }
        if (resolved.isPresent() && resolved.get().isBefore(created)) {
            throw new IllegalArgumentException("resolution " + resolved.get() + " before creation " + created);
        }
        if (reopenCount < 0) {
            throw new IllegalArgumentException("reopen count must be 0 or more, got " + reopenCount);
        }
        if (priorityRank < 1) {
            throw new IllegalArgumentException("priority rank must be 1 (highest) or more, got " + priorityRank);
        }
    }

    /**
     * Whether the issue was open at {@code instant}: created before it, and not resolved by then. A ticket
     * with a resolution date counts as resolved from that instant on; one without counts as open unless its
     * status category is {@code DONE} (workflows that close without setting a resolution).
     */
    public boolean isOpenAt(Instant instant) {
        if (!created.isBefore(instant)) {
            return false;
        }
        return resolved.map(at -> !at.isBefore(instant)).orElse(status != StatusCategory.DONE);
    }

    /** Whether the issue's priority is at least as high as {@code lowestHighRank} (ranks count from 1 = highest). */
    public boolean isHighPriority(int lowestHighRank) {
        return priorityRank <= lowestHighRank;
    }

    public boolean wasReopened() {
        return reopenCount > 0;
    }

    /** Where the ticket's creation stands in its account's timeline: its creation instant, kind ticket, its issue key. */
    public TimelinePosition timelinePosition() {
        return new TimelinePosition(created, TimelineKind.TICKET, issueKey);
    }
}
