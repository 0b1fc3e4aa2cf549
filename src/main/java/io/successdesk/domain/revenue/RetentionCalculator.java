package io.successdesk.domain.revenue;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.value.CurrencyMismatchException;
import io.successdesk.domain.value.Money;
import io.successdesk.domain.value.Percentage;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Retention maths over the month-end ARR snapshots of one currency. Filtering (tier, CSM) is the caller's job: the
 * calculator works on whatever snapshots it is given, and a month without a snapshot for an account reads as ARR 0.
 *
 * <p>How months and edge cases are counted:
 * <ul>
 *   <li>A period compares two snapshots, start month and end month; what happens in between is invisible. An account
 *       that starts and churns between them counts nowhere; one that dips to 0 and comes back before the end is
 *       retained, its net change read as expansion or contraction.</li>
 *   <li>An account at 0 or absent at the start and above 0 at the end is <em>new</em> for that period, whether it
 *       never paid before or is a reactivation. New ARR is outside GRR, NRR and logo retention and feeds the quick
 *       ratio only.</li>
 *   <li>Cohorts: an account belongs to the cohort of its first month above 0 in all the snapshots given, for ever.
 *       After churning and reactivating it counts as active again in that cohort's later columns.</li>
 * </ul>
 */
public final class RetentionCalculator {

    private static final long NO_SNAPSHOT = -1;

    private final Currency currency;
    /** Month index of slot 0 of every history. */
    private final int firstIndex;
    /** Per account, ARR in minor units by month slot, {@link #NO_SNAPSHOT} where there is none. */
    private final long[][] histories;

    /**
     * @throws CurrencyMismatchException when a snapshot is not in {@code currency}
     * @throws IllegalArgumentException  when an account has two snapshots for one month
     */
    public RetentionCalculator(Currency currency, Collection<ArrSnapshot> snapshots) {
        this.currency = Objects.requireNonNull(currency, "currency");
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (ArrSnapshot snapshot : snapshots) {
            if (!snapshot.arr().currency().equals(currency)) {
                throw new CurrencyMismatchException(currency, snapshot.arr().currency());
            }
            min = Math.min(min, index(snapshot.month()));
            max = Math.max(max, index(snapshot.month()));
        }
        this.firstIndex = snapshots.isEmpty() ? 0 : min;
        int length = snapshots.isEmpty() ? 0 : max - min + 1;
        Map<AccountKey, long[]> byAccount = new HashMap<>();
        for (ArrSnapshot snapshot : snapshots) {
            long[] history = byAccount.computeIfAbsent(snapshot.account(), key -> {
                long[] empty = new long[length];
                Arrays.fill(empty, NO_SNAPSHOT);
                return empty;
            });
            int slot = index(snapshot.month()) - firstIndex;
            if (history[slot] != NO_SNAPSHOT) {
                throw new IllegalArgumentException("two ARR snapshots for " + snapshot.account() + " in " + snapshot.month());
            }
            history[slot] = snapshot.arr().minorUnits();
        }
        this.histories = byAccount.values().toArray(long[][]::new);
    }

    /** Splits snapshots by currency (in order of first appearance), so each can get its own calculator. */
    public static Map<Currency, List<ArrSnapshot>> splitByCurrency(Collection<ArrSnapshot> snapshots) {
        Map<Currency, List<ArrSnapshot>> byCurrency = new LinkedHashMap<>();
        for (ArrSnapshot snapshot : snapshots) {
            byCurrency.computeIfAbsent(snapshot.arr().currency(), key -> new ArrayList<>()).add(snapshot);
        }
        return byCurrency;
    }

    public Currency currency() {
        return currency;
    }

    /** The ARR bridge from the {@code start} month-end snapshot to the {@code end} one; start before end. */
    public RetentionMetrics between(YearMonth start, YearMonth end) {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a period must end after it starts: " + start + " → " + end);
        }
        int startIndex = index(start);
        int endIndex = index(end);
        int cohortSize = 0;
        int retained = 0;
        int newLogos = 0;
        long startingArr = 0;
        long churned = 0;
        long contraction = 0;
        long expansion = 0;
        long newArr = 0;
        for (long[] history : histories) {
            long atStart = arr(history, startIndex);
            long atEnd = arr(history, endIndex);
            if (atStart > 0) {
                cohortSize++;
                startingArr = Math.addExact(startingArr, atStart);
                if (atEnd == 0) {
                    churned = Math.addExact(churned, atStart);
                } else {
                    retained++;
                    contraction = Math.addExact(contraction, Math.max(0, atStart - atEnd));
                    expansion = Math.addExact(expansion, Math.max(0, atEnd - atStart));
                }
            } else if (atEnd > 0) {
                newLogos++;
                newArr = Math.addExact(newArr, atEnd);
            }
        }
        return new RetentionMetrics(start, end, cohortSize, retained, newLogos, money(startingArr), money(churned),
                money(contraction), money(expansion), money(newArr));
    }

    /**
     * One point per period whose last month lies in {@code [from, to]}: each compares the last month of the
     * previous period with the last month of this one (for months: m−1 → m; for quarters: Dec → Mar, Mar → Jun, …).
     * A quarter that has not ended by {@code to} is left out.
     */
    public List<RetentionMetrics> periodSeries(PeriodGranularity granularity, YearMonth from, YearMonth to) {
        requireOrdered(from, to);
        List<RetentionMetrics> series = new ArrayList<>();
        for (YearMonth periodStart = granularity.periodStart(from); !periodStart.isAfter(to);
             periodStart = periodStart.plusMonths(granularity.months())) {
            YearMonth end = granularity.lastMonth(periodStart);
            if (!end.isBefore(from) && !end.isAfter(to)) {
                series.add(between(periodStart.minusMonths(1), end));
            }
        }
        return series;
    }

    /** One point per month m in {@code [from, to]} comparing m−12 with m (year-over-year, "trailing twelve months"). */
    public List<RetentionMetrics> trailingTwelveMonthSeries(YearMonth from, YearMonth to) {
        requireOrdered(from, to);
        List<RetentionMetrics> series = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            series.add(between(month.minusMonths(12), month));
        }
        return series;
    }

    /**
     * The cohort matrix for cohorts whose period starts in {@code [from, to]}, with cells up to the last period
     * ending by {@code to}. Cohorts without accounts are left out. Column 0 is measured at the last month of the
     * cohort's own period, so for quarterly cohorts it already shows churn or expansion within that quarter.
     */
    public CohortMatrix cohortMatrix(PeriodGranularity granularity, YearMonth from, YearMonth to) {
        requireOrdered(from, to);
        Map<YearMonth, List<long[]>> members = new TreeMap<>();
        Map<YearMonth, Long> startingArr = new HashMap<>();
        for (long[] history : histories) {
            int slot = 0;
            while (slot < history.length && history[slot] <= 0) {
                slot++;
            }
            if (slot < history.length) {
                YearMonth cohort = granularity.periodStart(month(firstIndex + slot));
                if (!cohort.isBefore(granularity.periodStart(from)) && !cohort.isAfter(to)) {
                    members.computeIfAbsent(cohort, key -> new ArrayList<>()).add(history);
                    startingArr.merge(cohort, history[slot], Math::addExact);
                }
            }
        }
        List<CohortMatrix.Cohort> cohorts = new ArrayList<>();
        members.forEach((cohortStart, cohortHistories) -> {
            long cohortArr = startingArr.get(cohortStart);
            List<CohortMatrix.Cell> cells = new ArrayList<>();
            YearMonth measuredAt = granularity.lastMonth(cohortStart);
            for (int k = 0; !measuredAt.isAfter(to); k++, measuredAt = measuredAt.plusMonths(granularity.months())) {
                int measuredIndex = index(measuredAt);
                int active = 0;
                long arr = 0;
                for (long[] history : cohortHistories) {
                    long value = arr(history, measuredIndex);
                    if (value > 0) {
                        active++;
                        arr = Math.addExact(arr, value);
                    }
                }
                cells.add(new CohortMatrix.Cell(k, measuredAt, active, money(arr),
                        Percentage.ratio(active, cohortHistories.size()), Percentage.ratio(arr, cohortArr)));
            }
            cohorts.add(new CohortMatrix.Cohort(cohortStart, cohortHistories.size(), money(cohortArr), cells));
        });
        return new CohortMatrix(granularity, to, cohorts);
    }

    /** ARR in minor units at a month index; 0 where there is no snapshot or the month is outside the history. */
    private long arr(long[] history, int monthIndex) {
        int slot = monthIndex - firstIndex;
        return slot < 0 || slot >= history.length ? 0 : Math.max(0, history[slot]);
    }

    private Money money(long minorUnits) {
        return new Money(minorUnits, currency);
    }

    private static void requireOrdered(YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    private static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    private static YearMonth month(int index) {
        return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }
}
