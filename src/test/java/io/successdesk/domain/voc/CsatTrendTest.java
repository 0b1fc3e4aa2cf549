package io.successdesk.domain.voc;

import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.value.Percentage;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsatTrendTest {

    private static final LocalDate WED_1_JAN_2025 = LocalDate.of(2025, 1, 1);

    @Test
    void shouldStartWeeksOnMondayAndKeepEmptyWeeksWhenBuildingWeeklyTrend() {
        // range Wed 1 Jan – Tue 21 Jan 2025 inclusive: weeks starting Mon 30 Dec, 6 Jan, 13 Jan, 20 Jan
        DateWindow range = new DateWindow(WED_1_JAN_2025, LocalDate.of(2025, 1, 22));
        List<DailyRatingCounts> days = List.of(
                new DailyRatingCounts(LocalDate.of(2025, 1, 5), RatingCounts.of(0, 0, 0, 1, 1)),   // Sunday: week 1
                new DailyRatingCounts(LocalDate.of(2025, 1, 6), RatingCounts.of(1, 0, 0, 0, 0)),   // Monday: week 2
                new DailyRatingCounts(LocalDate.of(2025, 1, 6), RatingCounts.of(0, 0, 0, 0, 1)),   // same day adds up
                new DailyRatingCounts(LocalDate.of(2025, 1, 21), RatingCounts.of(0, 0, 1, 0, 0)),  // last day: week 4
                new DailyRatingCounts(LocalDate.of(2025, 1, 22), RatingCounts.of(9, 0, 0, 0, 0)),  // after the range
                new DailyRatingCounts(LocalDate.of(2024, 12, 31), RatingCounts.of(9, 0, 0, 0, 0))); // before the range

        CsatTrend trend = CsatTrend.of(TrendGranularity.WEEK, range, days, 1);

        assertThat(trend.points()).extracting(point -> point.period().start()).containsExactly(
                LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 13), LocalDate.of(2025, 1, 20));
        assertThat(trend.points()).extracting(point -> point.summary().n()).containsExactly(2L, 2L, 0L, 1L);
        assertThat(trend.points().get(0).summary().satisfiedShare()).contains(Percentage.HUNDRED);
        assertThat(trend.points().get(1).summary().satisfiedShare()).contains(new Percentage(50));
        assertThat(trend.points().get(2).summary().status()).isEqualTo(CsatSummary.Status.NO_DATA);
        assertThat(trend.points().get(2).summary().satisfiedShare()).isEmpty();
        assertThat(trend.points().get(0).covered()).isEqualTo(new DateWindow(WED_1_JAN_2025, LocalDate.of(2025, 1, 6)));
        assertThat(trend.points().get(3).covered())
                .isEqualTo(new DateWindow(LocalDate.of(2025, 1, 20), LocalDate.of(2025, 1, 22)));
        assertThat(trend.points().get(3).period())
                .isEqualTo(new DateWindow(LocalDate.of(2025, 1, 20), LocalDate.of(2025, 1, 27)));
    }

    @Test
    void shouldCoverEveryCalendarMonthWhenBuildingMonthlyTrend() {
        // 15 Jan – 1 Apr 2025 inclusive: Jan, Feb, Mar, Apr; only Feb and Apr hold answers
        DateWindow range = new DateWindow(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 4, 2));
        List<DailyRatingCounts> days = List.of(
                new DailyRatingCounts(LocalDate.of(2025, 1, 14), RatingCounts.of(0, 0, 0, 0, 3)),
                new DailyRatingCounts(LocalDate.of(2025, 2, 28), RatingCounts.of(0, 0, 0, 0, 3)),
                new DailyRatingCounts(LocalDate.of(2025, 4, 1), RatingCounts.of(2, 0, 0, 0, 0)));

        CsatTrend trend = CsatTrend.of(TrendGranularity.MONTH, range, days, 5);

        assertThat(trend.points()).extracting(point -> point.period().start()).containsExactly(
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1));
        assertThat(trend.points()).extracting(point -> point.summary().n()).containsExactly(0L, 3L, 0L, 2L);
        assertThat(trend.points().get(1).summary().status()).isEqualTo(CsatSummary.Status.INSUFFICIENT_DATA);
        assertThat(trend.points().get(3).summary().satisfiedShare()).contains(Percentage.ZERO);
    }

    @Test
    void shouldHaveNoPointsWhenRangeIsEmpty() {
        CsatTrend trend = CsatTrend.of(TrendGranularity.MONTH, new DateWindow(WED_1_JAN_2025, WED_1_JAN_2025),
                List.of(), 5);

        assertThat(trend.points()).isEmpty();
    }

    @Property
    void trendKeepsEveryAnswerInRangeInExactlyOneContiguousPeriod(
            @ForAll TrendGranularity granularity, @ForAll @IntRange(max = 60) int startOffset,
            @ForAll @IntRange(min = 1, max = 120) int length,
            @ForAll @Size(max = 40) List<@IntRange(max = 200) Integer> dayOffsets) {
        LocalDate start = WED_1_JAN_2025.plusDays(startOffset);
        DateWindow range = new DateWindow(start, start.plusDays(length));
        List<DailyRatingCounts> days = dayOffsets.stream()
                .map(offset -> new DailyRatingCounts(WED_1_JAN_2025.plusDays(offset), RatingCounts.of(1, 0, 0, 0, 1)))
                .toList();

        CsatTrend trend = CsatTrend.of(granularity, range, days, 5);

        long inRange = days.stream().filter(day -> range.contains(day.day())).count() * 2;
        assertThat(trend.points().stream().mapToLong(point -> point.summary().n()).sum()).isEqualTo(inRange);
        assertThat(trend.points().get(0).covered().start()).isEqualTo(range.start());
        assertThat(trend.points().get(trend.points().size() - 1).covered().endExclusive()).isEqualTo(range.endExclusive());
        for (int i = 1; i < trend.points().size(); i++) {
            assertThat(trend.points().get(i).period().start()).isEqualTo(trend.points().get(i - 1).period().endExclusive());
            assertThat(trend.points().get(i).covered().start()).isEqualTo(trend.points().get(i - 1).covered().endExclusive());
        }
        trend.points().forEach(point -> assertThat(granularity.periodStart(point.period().start()))
                .isEqualTo(point.period().start()));
    }

    @Test
    void shouldAlignPeriodsWhenAskedForTheStartOfAnyDay() {
        assertThat(TrendGranularity.WEEK.periodStart(LocalDate.of(2025, 1, 6))).isEqualTo(LocalDate.of(2025, 1, 6));
        assertThat(TrendGranularity.WEEK.periodStart(LocalDate.of(2025, 1, 12))).isEqualTo(LocalDate.of(2025, 1, 6));
        assertThat(TrendGranularity.MONTH.periodStart(LocalDate.of(2025, 2, 28))).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(TrendGranularity.MONTH.nextPeriodStart(LocalDate.of(2025, 2, 1))).isEqualTo(LocalDate.of(2025, 3, 1));
    }
}
