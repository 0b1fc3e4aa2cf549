package io.successdesk.domain.ticket;

import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.value.Percentage;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The support signals of one account as of the end of a day (UTC), derived from its ticket facts
 * (docs/product.md §4, support measures). Sample sizes are kept so the health breakdown can show n.
 *
 * @param asOf                      the day the signals describe; "now" is the end of that day
 * @param openCount                 tickets open at the end of {@code asOf}
 * @param openHighPriorityCount     of those, the high-priority ones
 * @param openByKind                open tickets by kind
 * @param openHighPriorityByKind    open high-priority tickets by kind
 * @param volumeTrend               created tickets, recent window against the baseline before it
 * @param createdRecentlyByKind     tickets created in the recent window, by kind
 * @param window                    the window of resolutions and first responses measured below
 * @param resolvedCount             tickets resolved in {@code window}
 * @param resolvedByKind            the same, by kind
 * @param medianTimeToResolution    median of resolved − created over them; empty when none
 * @param firstRespondedCount       tickets first answered in {@code window}
 * @param medianTimeToFirstResponse median of first response − created over them; empty when none
 * @param reopenedCount             tickets resolved in {@code window} that were ever reopened
 * @param reopenRate                reopened ÷ resolved in {@code window}; empty when none resolved
 * @param oldestOpenAge             age of the oldest open ticket at the end of {@code asOf}; empty when none open
 */
public record SupportSignals(LocalDate asOf, int openCount, int openHighPriorityCount, KindCounts openByKind,
                             KindCounts openHighPriorityByKind, VolumeTrend volumeTrend,
                             KindCounts createdRecentlyByKind, DateWindow window, int resolvedCount,
                             KindCounts resolvedByKind, Optional<Duration> medianTimeToResolution,
                             int firstRespondedCount, Optional<Duration> medianTimeToFirstResponse,
                             int reopenedCount, Optional<Percentage> reopenRate, Optional<Duration> oldestOpenAge) {

    public SupportSignals {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(openByKind, "openByKind");
        Objects.requireNonNull(openHighPriorityByKind, "openHighPriorityByKind");
        Objects.requireNonNull(volumeTrend, "volumeTrend");
        Objects.requireNonNull(createdRecentlyByKind, "createdRecentlyByKind");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(resolvedByKind, "resolvedByKind");
        Objects.requireNonNull(medianTimeToResolution, "medianTimeToResolution");
        Objects.requireNonNull(medianTimeToFirstResponse, "medianTimeToFirstResponse");
        Objects.requireNonNull(reopenRate, "reopenRate");
        Objects.requireNonNull(oldestOpenAge, "oldestOpenAge");
        if (openByKind.total() != openCount || openHighPriorityByKind.total() != openHighPriorityCount
                || resolvedByKind.total() != resolvedCount) {
            throw new IllegalArgumentException("counts by kind must add up to the totals");
        }
        if (openHighPriorityCount > openCount || reopenedCount > resolvedCount || reopenedCount < 0
                || firstRespondedCount < 0) {
            throw new IllegalArgumentException("inconsistent counts");
        }
    }
}
