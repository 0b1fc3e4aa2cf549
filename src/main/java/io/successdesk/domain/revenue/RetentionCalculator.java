package io.successdesk.domain.revenue;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.value.CurrencyMismatchException;
import io.successdesk.domain.value.Money;
import io.successdesk.domain.value.Percentage;

import java.time.YearMonth;
import java.util.ArrayList;
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
 * <p>How edge cases are counted (metrics.md, "fixed starting cohort"):
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

    private final Currency currency;
    private final Map<AccountKey, TreeMap<Integer, Long>> arrByAccountAndMonth = new HashMap<>();

    /**
     * @throws CurrencyMismatchException when a snapshot is not in {@code currency}
     * @throws IllegalArgumentException  when an account has two snapshots for one month
     */
    public RetentionCalculator(Currency currency, Collection<ArrSnapshot> snapshots) {
        this.currency = Objects.requireNonNull(currency, "currency");
        for (ArrSnapshot snapshot : snapshots) {
            if (!snapshot.arr().currency().equals(currency)) {
                throw new CurrencyMismatchException(currency, snapshot.arr().currency());
            }
            Long previous = arrByAccountAndMonth.computeIfAbsent(snapshot.account(), key -> new TreeMap<>())
                    .put(index(snapshot.month()), snapshot.arr().minorUnits());
            if (previous != null) {
                throw new IllegalArgumentException("two ARR snapshots for " + snapshot.account() + " in " + snapshot.month());
            }
        }
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
        for (TreeMap<Integer, Long> history : arrByAccountAndMonth.values()) {
            long atStart = history.getOrDefault(startIndex, 0L);
            long atEnd = history.getOrDefault(endIndex, 0L);
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
        Map<YearMonth, List<TreeMap<Integer, Long>>> members = new TreeMap<>();
        Map<YearMonth, Long> startingArr = new HashMap<>();
        for (TreeMap<Integer, Long> history : arrByAccountAndMonth.values()) {
            history.entrySet().stream().filter(entry -> entry.getValue() > 0).findFirst().ifPresent(first -> {
                YearMonth cohort = granularity.periodStart(month(first.getKey()));
                if (!cohort.isBefore(granularity.periodStart(from)) && !cohort.isAfter(to)) {
                    members.computeIfAbsent(cohort, key -> new ArrayList<>()).add(history);
                    startingArr.merge(cohort, first.getValue(), Math::addExact);
                }
            });
        }
        List<CohortMatrix.Cohort> cohorts = new ArrayList<>();
        members.forEach((cohortStart, histories) -> {
            long cohortArr = startingArr.get(cohortStart);
            List<CohortMatrix.Cell> cells = new ArrayList<>();
            for (int k = 0; !granularity.lastMonth(cohortStart.plusMonths((long) k * granularity.months())).isAfter(to); k++) {
                YearMonth measuredAt = granularity.lastMonth(cohortStart.plusMonths((long) k * granularity.months()));
                int active = 0;
                long arr = 0;
                for (TreeMap<Integer, Long> history : histories) {
                    long value = history.getOrDefault(index(measuredAt), 0L);
                    if (value > 0) {
                        active++;
                        arr = Math.addExact(arr, value);
                    }
                }
                cells.add(new CohortMatrix.Cell(k, measuredAt, active, money(arr),
                        Percentage.ratio(active, histories.size()), Percentage.ratio(arr, cohortArr)));
            }
            cohorts.add(new CohortMatrix.Cohort(cohortStart, histories.size(), money(cohortArr), cells));
        });
        return new CohortMatrix(granularity, to, cohorts);
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
