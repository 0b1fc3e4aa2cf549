package io.successdesk.domain.voc;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.timeline.TimelineKind;
import io.successdesk.domain.timeline.TimelinePosition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * One CSAT answer. Identified by {@code source} + {@code externalId} (the JSM request id, the survey token id or
 * the importer's row id), which makes ingestion idempotent.
 *
 * <p>Date attribution: a response counts on the day it was <em>answered</em> (UTC), as JSM reports it; the issue's
 * creation time is kept for reports that attribute by request creation instead (docs/metrics.md, "Date attribution").
 *
 * @param issueId        the Jira issue the answer rates, when known
 * @param projectKey     the Jira project of that issue, used by the project filter of the CSAT trend
 * @param comment        free text, blank reads as absent
 * @param issueCreatedAt when the rated issue was created, when known; never after {@code answeredAt}
 */
public record CsatResponse(String externalId, CsatSource source, AccountKey account, Optional<Long> issueId,
                           Optional<String> projectKey, CsatRating rating, Optional<String> comment,
                           Instant answeredAt, Optional<Instant> issueCreatedAt) {

    public CsatResponse {
        externalId = Texts.requireExternalId(externalId);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(issueId, "issueId");
        projectKey = Texts.blankToEmpty(projectKey, "projectKey");
        Objects.requireNonNull(rating, "rating");
        comment = Texts.blankToEmpty(comment, "comment");
        Objects.requireNonNull(answeredAt, "answeredAt");
        Objects.requireNonNull(issueCreatedAt, "issueCreatedAt");
        if (issueCreatedAt.filter(created -> created.isAfter(answeredAt)).isPresent()) {
            throw new IllegalArgumentException("issue created at " + issueCreatedAt.get()
                    + " cannot be after the answer at " + answeredAt);
        }
    }

    /** Where the answer stands in its account's timeline: at the moment it was answered, named by source and id. */
    public TimelinePosition timelinePosition() {
        return new TimelinePosition(answeredAt, TimelineKind.CSAT, source.name() + ":" + externalId);
    }

    /** The UTC day the response counts on. */
    public LocalDate answeredDay() {
        return LocalDate.ofInstant(answeredAt, ZoneOffset.UTC);
    }
}
