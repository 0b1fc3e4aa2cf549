package io.successdesk.domain.health;

/**
 * How a measure took part in a score.
 * <ul>
 *   <li>{@link #OK}: scored and weighted in;</li>
 *   <li>{@link #NOT_COUNTED}: scored, never weighted in: a revenue measure ({@link MeasureKind#isRevenue()}), shown
 *       to financial viewers beside a score that reveals nothing about revenue;</li>
 *   <li>{@link #NO_DATA}: excluded because there is no observation, or its sample size n is below the
 *       measure's minimum ("insufficient data", as CSAT reads under its minimum n);</li>
 *   <li>{@link #STALE}: excluded because it is a manual input older than the measure's validity period.</li>
 * </ul>
 * Staleness is checked first: an expired manual input reads STALE whatever its n.
 */
public enum MeasureStatus {
    OK, NOT_COUNTED, NO_DATA, STALE;

    /** Whether the measure is weighted into the overall score. */
    public boolean isIncluded() {
        return this == OK;
    }

    /** Whether the measure has a score of its own (counted or not). */
    public boolean isScored() {
        return this == OK || this == NOT_COUNTED;
    }
}
