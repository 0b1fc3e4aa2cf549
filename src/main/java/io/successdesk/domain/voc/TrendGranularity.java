package io.successdesk.domain.voc;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The period length of a trend: ISO weeks (Monday to Sunday) or calendar months. */
public enum TrendGranularity {
    WEEK {
        @Override
        public LocalDate periodStart(LocalDate day) {
            return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        @Override
        public LocalDate nextPeriodStart(LocalDate periodStart) {
            return periodStart.plusWeeks(1);
        }
    },
    MONTH {
        @Override
        public LocalDate periodStart(LocalDate day) {
            return day.withDayOfMonth(1);
        }

        @Override
        public LocalDate nextPeriodStart(LocalDate periodStart) {
            return periodStart.plusMonths(1);
        }
    };

    /** The first day of the period holding {@code day}. */
    public abstract LocalDate periodStart(LocalDate day);

    /** The first day of the period after the one starting on {@code periodStart}. */
    public abstract LocalDate nextPeriodStart(LocalDate periodStart);
}
