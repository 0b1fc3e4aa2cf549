package io.successdesk.domain.revenue;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * One point of a retention series as shown: the bridge of {@code startMonth} → {@code endMonth}, or no data when the
 * period ends after the last month with any loaded ARR (never 0 % retention), and whether the period ends in the
 * current, unfinished month (docs/metrics.md, "Carry-forward and no data", "Partial periods").
 *
 * @param metrics empty when there is no data for the period
 * @param partial the period ends in the current month (or later), so its figures may still change
 */
public record RetentionPoint(YearMonth startMonth, YearMonth endMonth, Optional<RetentionMetrics> metrics,
                             boolean partial) {

    public RetentionPoint {
        Objects.requireNonNull(startMonth, "startMonth");
        Objects.requireNonNull(endMonth, "endMonth");
        Objects.requireNonNull(metrics, "metrics");
    }

    /**
     * The point of {@code bridge}: no data when its end month is after {@code dataThrough} (empty: nothing loaded),
     * partial when its end month is not before {@code currentMonth}.
     */
    public static RetentionPoint of(RetentionMetrics bridge, Optional<YearMonth> dataThrough, YearMonth currentMonth) {
        boolean loaded = dataThrough.filter(last -> !bridge.endMonth().isAfter(last)).isPresent();
        return new RetentionPoint(bridge.startMonth(), bridge.endMonth(),
                loaded ? Optional.of(bridge) : Optional.empty(), !bridge.endMonth().isBefore(currentMonth));
    }

    /** True when the period ends after the last month with any loaded ARR: every value is absent. */
    public boolean noData() {
        return metrics.isEmpty();
    }
}
