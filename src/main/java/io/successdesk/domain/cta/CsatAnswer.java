package io.successdesk.domain.cta;

import io.successdesk.domain.voc.CsatRating;

import java.time.LocalDate;
import java.util.Objects;

/** A CSAT answer as a CTA signal: the Jira issue it rates (e.g. {@code SUP-12}), the rating and the day (UTC). */
public record CsatAnswer(String issueKey, CsatRating rating, LocalDate answeredOn) {

    public CsatAnswer {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(answeredOn, "answeredOn");
        if (issueKey.isBlank()) {
            throw new IllegalArgumentException("a CSAT answer names the issue it rates");
        }
    }
}
