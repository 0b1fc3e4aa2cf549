package io.successdesk.domain.health;

import io.successdesk.domain.value.DateWindow;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One line of a health breakdown: how one measure took part in the score.
 *
 * @param id              the measure
 * @param status          OK, NOT_COUNTED (scored, not weighted in), or why it was excluded
 * @param value           the observed value (unit of the measure's kind); empty when nothing was observed
 * @param score           the measure's 0–100 score; present exactly when {@code status} is scored
 * @param weight          the configured weight
 * @param effectiveWeight the weight after renormalising over the included measures, 0–1 (0 when excluded)
 * @param contribution    points of the overall score this measure supplies: {@code effectiveWeight × score}
 * @param window          the days the value summarises; empty for current-state measures (window 0)
 * @param sampleSize      n behind the value; 0 when nothing was observed
 * @param observedAt      when the value was observed or entered; empty when nothing was observed
 */
public record MeasureBreakdown(MeasureId id, MeasureStatus status, OptionalDouble value, OptionalDouble score,
                               double weight, double effectiveWeight, double contribution,
                               Optional<DateWindow> window, int sampleSize, Optional<Instant> observedAt) {

    public MeasureBreakdown {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(observedAt, "observedAt");
        if (score.isPresent() != status.isScored()) {
            throw new IllegalArgumentException("measure " + id + " has a score exactly when its status is scored, status " + status);
        }
        if (score.isPresent() && !(score.getAsDouble() >= 0 && score.getAsDouble() <= 100)) {
            throw new IllegalArgumentException("score of " + id + " must be 0–100, got " + score.getAsDouble());
        }
        if (!(effectiveWeight >= 0 && effectiveWeight <= 1)) {
            throw new IllegalArgumentException("effective weight of " + id + " must be 0–1, got " + effectiveWeight);
        }
        if (!status.isIncluded() && (effectiveWeight != 0 || contribution != 0)) {
            throw new IllegalArgumentException("measure " + id + " not weighted in cannot carry weight or contribution");
        }
        if (sampleSize < 0) {
            throw new IllegalArgumentException("sample size of " + id + " must be 0 or more, got " + sampleSize);
        }
    }
}
