package io.successdesk.app.survey;

import io.successdesk.domain.account.AccountKey;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A support issue just resolved, as the issue-event listener sees it.
 *
 * @param reporterKey the reporter's Jira user key, whose language the mail is written in (Jira's default without one)
 */
public record SurveyRequest(long issueId, SurveyTicket ticket, String projectKey, AccountKey account,
                            Optional<String> reporterKey, Optional<String> reporterEmail,
                            Optional<Instant> issueCreatedAt) {

    public SurveyRequest {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(reporterKey, "reporterKey");
        Objects.requireNonNull(reporterEmail, "reporterEmail");
        Objects.requireNonNull(issueCreatedAt, "issueCreatedAt");
    }
}
