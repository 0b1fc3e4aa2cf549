package io.successdesk.domain.revenue;

import java.time.YearMonth;

/** Calendar periods made of whole months: single months or calendar quarters (Jan–Mar, Apr–Jun, …). */
public enum PeriodGranularity {
    MONTH(1), QUARTER(3);

    private final int months;

    PeriodGranularity(int months) {
        this.months = months;
    }

    /** Length of one period in months. */
    public int months() {
        return months;
    }

    /** The first month of the period holding {@code month}. */
    public YearMonth periodStart(YearMonth month) {
        int firstMonthOfPeriod = (month.getMonthValue() - 1) / months * months + 1;
        return YearMonth.of(month.getYear(), firstMonthOfPeriod);
    }

    /** The last month of the period starting at {@code periodStart}: the month whose snapshot closes the period. */
    public YearMonth lastMonth(YearMonth periodStart) {
        return periodStart.plusMonths(months - 1L);
    }
}
