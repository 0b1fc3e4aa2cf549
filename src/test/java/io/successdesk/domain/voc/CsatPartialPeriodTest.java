package io.successdesk.domain.voc;

import io.successdesk.domain.value.DateWindow;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsatPartialPeriodTest {

    @Test
    void shouldFlagTheWeekAndMonthHoldingTodayPartialAndEndedOnesNot() {
        LocalDate today = LocalDate.parse("2025-04-10"); // a Thursday
        DateWindow range = new DateWindow(LocalDate.parse("2025-03-20"), today.plusDays(1));

        CsatTrend weeks = CsatTrend.of(TrendGranularity.WEEK, range, List.of(), CsatSummary.DEFAULT_MINIMUM_N);
        CsatTrend months = CsatTrend.of(TrendGranularity.MONTH, range, List.of(), CsatSummary.DEFAULT_MINIMUM_N);

        assertThat(weeks.points()).extracting(point -> point.partialOn(today)).containsExactly(false, false, false, true);
        assertThat(months.points()).extracting(point -> point.partialOn(today)).containsExactly(false, true);
        assertThat(weeks.points().get(2).partialOn(LocalDate.parse("2025-04-07"))).as("the week ending on Sunday 6 April")
                .isFalse();
    }
}
