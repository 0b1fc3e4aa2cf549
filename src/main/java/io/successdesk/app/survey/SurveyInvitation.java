package io.successdesk.app.survey;

import io.successdesk.domain.account.AccountKey;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A survey link that was sent: what the answer will be attributed to, and the ticket the page names (empty for links
 * sent before the page showed it). Kept by the app (never put in the link), so the public page needs no Jira lookup
 * and shows nothing about the account.
 */
public record SurveyInvitation(String tokenId, long issueId, AccountKey account, Optional<String> projectKey,
                               Optional<Instant> issueCreatedAt, Instant sentAt, Instant expiresAt,
                               Optional<SurveyTicket> ticket) {

    public SurveyInvitation {
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(issueCreatedAt, "issueCreatedAt");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(ticket, "ticket");
    }
}
