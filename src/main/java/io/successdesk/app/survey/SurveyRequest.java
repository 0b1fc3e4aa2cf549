package io.successdesk.app.survey;

import io.successdesk.domain.account.AccountKey;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A support issue just resolved, as the issue-event listener sees it. */
public record SurveyRequest(long issueId, String projectKey, AccountKey account, Optional<String> reporterEmail,
                            Optional<Instant> issueCreatedAt) {

    public SurveyRequest {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(reporterEmail, "reporterEmail");
        Objects.requireNonNull(issueCreatedAt, "issueCreatedAt");
    }
}
