package io.successdesk.domain.health;

/**
 * How a measure took part in a score.
 * <ul>
 *   <li>{@link #OK}: scored and weighted in;</li>
 *   <li>{@link #NO_DATA}: excluded because there is no observation, or its sample size n is below the
 *       measure's minimum ("insufficient data", as CSAT reads under its minimum n);</li>
 *   <li>{@link #STALE}: excluded because it is a manual input older than the measure's validity period.</li>
 * </ul>
 * Staleness is checked first: an expired manual input reads STALE whatever its n.
 */
public enum MeasureStatus {
    OK, NO_DATA, STALE;

    public boolean isIncluded() {
        return this == OK;
    }
}
