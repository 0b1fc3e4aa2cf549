package io.successdesk.domain.voc;

import io.successdesk.domain.value.DateWindow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * CSAT per week or month over a date range. Every period overlapping the range is present, in order, even when
 * it holds no answers (its summary then has n = 0 and no values), so charts never skip a gap.
 *
 * @param range the half-open range of days the trend covers
 */
public record CsatTrend(TrendGranularity granularity, DateWindow range, List<Point> points) {

    /**
     * One period of the trend.
     *
     * @param period  the whole aligned period (Monday-start week or calendar month)
     * @param covered the part of the period inside the trend's range (shorter for the first and last period)
     */
    public record Point(DateWindow period, DateWindow covered, CsatSummary summary) {

        public Point {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(covered, "covered");
            Objects.requireNonNull(summary, "summary");
        }

        /**
         * Whether the period has not ended by {@code today} (the current, unfinished week or month, or a later one):
         * its figures may still change (docs/metrics.md, "Partial periods").
         */
        public boolean partialOn(LocalDate today) {
            return today.isBefore(period.endExclusive());
        }
    }

    public CsatTrend {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(range, "range");
        points = List.copyOf(points);
    }

    /**
     * Builds the trend from daily rating counts; several entries for one day add up and days outside the range
     * are ignored.
     *
     * @param minimumN the sample size below which a period reads "insufficient data"
     */
    public static CsatTrend of(TrendGranularity granularity, DateWindow range, Iterable<DailyRatingCounts> days,
                               int minimumN) {
        TreeMap<LocalDate, RatingCounts> countsByPeriod = new TreeMap<>();
        for (DailyRatingCounts day : days) {
            if (range.contains(day.day())) {
                countsByPeriod.merge(granularity.periodStart(day.day()), day.counts(), RatingCounts::plus);
            }
        }
        List<Point> points = new ArrayList<>();
        if (range.days() > 0) {
            LocalDate lastDay = range.endExclusive().minusDays(1);
            for (LocalDate start = granularity.periodStart(range.start()); !start.isAfter(lastDay);
                 start = granularity.nextPeriodStart(start)) {
                DateWindow period = new DateWindow(start, granularity.nextPeriodStart(start));
                DateWindow covered = new DateWindow(max(start, range.start()),
                        min(period.endExclusive(), range.endExclusive()));
                RatingCounts counts = countsByPeriod.getOrDefault(start, RatingCounts.EMPTY);
                points.add(new Point(period, covered, CsatSummary.of(counts, minimumN)));
            }
        }
        return new CsatTrend(granularity, range, points);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
