package io.successdesk.domain.cta;

import io.successdesk.domain.health.HealthScore;

import java.time.LocalDate;
import java.util.Objects;

/** An account's effective health score on a past day, from the daily history. */
public record ScorePoint(LocalDate day, HealthScore score) {

    public ScorePoint {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(score, "score");
    }
}
