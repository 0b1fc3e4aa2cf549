package io.successdesk.domain.ticket;

import io.successdesk.domain.value.DateWindow;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Ticket volume of the recent window against the baseline window before it, both counted by creation day (UTC).
 *
 * @param recent         the recent window, e.g. the last 30 days
 * @param recentCount    tickets created in it
 * @param baseline       the window just before, e.g. the 90 days before those 30
 * @param baselineCount  tickets created in it
 */
public record VolumeTrend(DateWindow recent, int recentCount, DateWindow baseline, int baselineCount) {

    public VolumeTrend {
        Objects.requireNonNull(recent, "recent");
        Objects.requireNonNull(baseline, "baseline");
        if (recentCount < 0 || baselineCount < 0) {
            throw new IllegalArgumentException("counts must be 0 or more");
        }
        if (recent.days() < 1 || baseline.days() < 1) {
            throw new IllegalArgumentException("both windows must hold at least one day");
        }
    }

    /**
     * Recent volume ÷ the baseline's average volume per recent-window length:
     * {@code recentCount ÷ (baselineCount × recentDays ÷ baselineDays)}. 1.0 means steady, 2.0 twice the usual
     * volume. Empty when the baseline had no tickets (no usual volume to compare with).
     */
    public OptionalDouble ratio() {
        if (baselineCount == 0) {
            return OptionalDouble.empty();
        }
        double usual = (double) baselineCount * recent.days() / baseline.days();
        return OptionalDouble.of(recentCount / usual);
    }
}
