package io.successdesk.domain.revenue;

import io.successdesk.domain.value.Money;
import io.successdesk.domain.value.Percentage;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Retention by start cohort. Row = the accounts whose first ARR &gt; 0 falls in one period; column k = k periods
 * after the cohort's own period, measured at the snapshot of that period's last month. Only periods that have
 * ended by the matrix's last month, and not after the last month with loaded ARR, have cells, so later cohorts have
 * fewer cells (the usual triangle). Definitions and worked example: docs/metrics.md.
 */
public record CohortMatrix(PeriodGranularity granularity, YearMonth lastMonth, List<Cohort> cohorts) {

    public CohortMatrix {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(lastMonth, "lastMonth");
        cohorts = List.copyOf(cohorts);
    }

    /**
     * One cohort row.
     *
     * @param periodStart first month of the cohort's period
     * @param size        accounts in the cohort, at least 1
     * @param startingArr sum of each member's ARR in its first month above 0
     */
    public record Cohort(YearMonth periodStart, int size, Money startingArr, List<Cell> cells) {

        public Cohort {
            Objects.requireNonNull(periodStart, "periodStart");
            Objects.requireNonNull(startingArr, "startingArr");
            if (size < 1 || !startingArr.isPositive()) {
                throw new IllegalArgumentException("a cohort has at least one account and positive starting ARR");
            }
            cells = List.copyOf(cells);
        }
    }

    /**
     * One cell.
     *
     * @param periodsSinceStart k, 0 for the cohort's own period
     * @param measuredAt        the month whose snapshot is read
     * @param activeLogos       members with ARR &gt; 0 at {@code measuredAt}
     * @param arr               the members' ARR at {@code measuredAt}
     * @param logoRetention     active ÷ cohort size, 0–100 %
     * @param revenueRetention  ARR ÷ cohort starting ARR, 0 % or more (above 100 % with expansion)
     */
    public record Cell(int periodsSinceStart, YearMonth measuredAt, int activeLogos, Money arr,
                       Percentage logoRetention, Percentage revenueRetention) {

        public Cell {
            Objects.requireNonNull(measuredAt, "measuredAt");
            Objects.requireNonNull(arr, "arr");
            Objects.requireNonNull(logoRetention, "logoRetention");
            Objects.requireNonNull(revenueRetention, "revenueRetention");
        }

        /** Whether the cell is measured at {@code currentMonth} or later, a month not yet ended (docs/metrics.md). */
        public boolean partialIn(YearMonth currentMonth) {
            return !measuredAt.isBefore(currentMonth);
        }
    }
}
