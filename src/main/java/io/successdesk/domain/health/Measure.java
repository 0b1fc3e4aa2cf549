package io.successdesk.domain.health;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One measure of a scorecard and how it scores.
 *
 * <p>A value at {@code redBound} scores 0, at {@code greenBound} 100, linearly in between and clamped outside.
 * The bounds may come in either order: a lower-is-better measure (open tickets, resolution time) has
 * {@code redBound > greenBound}.
 *
 * @param id             which measure
 * @param weight         relative weight, finite and &gt; 0; weights need not sum to anything, they are renormalised
 * @param redBound       value scoring 0, in the unit of the measure's kind
 * @param greenBound     value scoring 100; must differ from {@code redBound}
 * @param windowDays     days of history the value summarises, ≥ 0; 0 means a current state (e.g. open tickets now)
 * @param minimumSample  fewest observations (n) needed for the value to count, ≥ 0; below it the measure reads
 *                       {@link MeasureStatus#NO_DATA}
 * @param validityDays   for manual inputs: how many days a typed-in value stays valid (≥ 1); empty = never expires
 */
public record Measure(MeasureId id, double weight, double redBound, double greenBound, int windowDays,
                      int minimumSample, OptionalInt validityDays) {

    public Measure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(validityDays, "validityDays");
        if (!Double.isFinite(weight) || weight <= 0) {
            throw new IllegalArgumentException("weight of " + id + " must be a finite number > 0, got " + weight);
        }
        if (!Double.isFinite(redBound) || !Double.isFinite(greenBound)) {
            throw new IllegalArgumentException("bounds of " + id + " must be finite, got red " + redBound + ", green " + greenBound);
        }
        if (redBound == greenBound) {
            throw new IllegalArgumentException("red and green bounds of " + id + " must differ, both are " + redBound);
        }
        if (windowDays < 0) {
            throw new IllegalArgumentException("window of " + id + " must be 0 or more days, got " + windowDays);
        }
        if (minimumSample < 0) {
            throw new IllegalArgumentException("minimum sample of " + id + " must be 0 or more, got " + minimumSample);
        }
        if (validityDays.isPresent() && validityDays.getAsInt() < 1) {
            throw new IllegalArgumentException("validity of " + id + " must be at least 1 day, got " + validityDays.getAsInt());
        }
    }

    /** A computed measure: no validity period. */
    public static Measure computed(MeasureId id, double weight, double redBound, double greenBound,
                                   int windowDays, int minimumSample) {
        return new Measure(id, weight, redBound, greenBound, windowDays, minimumSample, OptionalInt.empty());
    }

    /** A manually entered measure valid for {@code validityDays} days after it was entered. */
    public static Measure manual(MeasureId id, double weight, double redBound, double greenBound, int validityDays) {
        return new Measure(id, weight, redBound, greenBound, 0, 0, OptionalInt.of(validityDays));
    }

    /** Whether a lower value is better (red bound above green bound). */
    public boolean isLowerBetter() {
        return redBound > greenBound;
    }

    /** The 0–100 score of a value: linear from red (0) to green (100), clamped. */
    public double scoreOf(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value of " + id + " must be finite, got " + value);
        }
        double fraction = (value - redBound) / (greenBound - redBound);
        return 100.0 * Math.max(0.0, Math.min(1.0, fraction));
    }

    public Measure withWeight(double newWeight) {
        return new Measure(id, newWeight, redBound, greenBound, windowDays, minimumSample, validityDays);
    }
}
