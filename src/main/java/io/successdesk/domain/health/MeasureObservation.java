package io.successdesk.domain.health;

import java.time.Instant;
import java.util.Objects;

/**
 * An observed value of one measure for one account.
 *
 * @param measureId  which measure
 * @param value      the value in the unit of the measure's kind (see {@link MeasureKind}); finite
 * @param sampleSize n, the number of underlying observations (tickets, responses…), ≥ 0; 1 for a manual input
 * @param observedAt when the value was computed or, for a manual input, entered
 * @param manual     whether a person entered it (then the measure's validity period applies)
 */
public record MeasureObservation(MeasureId measureId, double value, int sampleSize, Instant observedAt, boolean manual) {

    public MeasureObservation {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(observedAt, "observedAt");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value of " + measureId + " must be finite, got " + value);
        }
        if (sampleSize < 0) {
            throw new IllegalArgumentException("sample size of " + measureId + " must be 0 or more, got " + sampleSize);
        }
    }

    public static MeasureObservation computed(MeasureId measureId, double value, int sampleSize, Instant observedAt) {
        return new MeasureObservation(measureId, value, sampleSize, observedAt, false);
    }

    public static MeasureObservation manual(MeasureId measureId, double value, Instant enteredAt) {
        return new MeasureObservation(measureId, value, 1, enteredAt, true);
    }
}
