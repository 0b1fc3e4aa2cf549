package io.successdesk.domain.revenue;

import org.jspecify.annotations.Nullable;
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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Retention maths over the month-end ARR snapshots of one currency. Filtering (tier, CSM) is the caller's job: the
 * calculator works on whatever snapshots it is given. Definitions and worked examples: docs/metrics.md.
 *
 * <p>How months and edge cases are counted:
 * <ul>
 *   <li>Carry-forward: a month without a snapshot for an account is missing data, not churn. The account's ARR is
 *       that of its last snapshot before the month; only an explicit 0 churns it. Before its first snapshot an
 *       account is not yet a customer (ARR 0).</li>
 *   <li>No data: periods ending after {@link #dataThrough()}, the last month with any loaded ARR, have no values
 *       ({@link #points}); cohort cells stop there.</li>
 *   <li>A period compares two month-ends, start and end; what happens in between is invisible. An account that
 *       starts and churns between them counts nowhere; one that dips to 0 and comes back before the end is
 *       retained, its net change read as expansion or contraction.</li>
 *   <li>An account at 0 (or not yet a customer) at the start and above 0 at the end is <em>new</em> for that period,
 *       whether it never paid before or is a reactivation. New ARR is outside GRR, NRR and logo retention and feeds
 *       the quick ratio only.</li>
 *   <li>Cohorts: an account belongs to the cohort of its first month above 0 in all the snapshots given, for ever.
 *       After churning and reactivating it counts as active again in that cohort's later columns.</li>
 * </ul>
 */
public final class RetentionCalculator {

    private static final long NO_SNAPSHOT = -1;

    private final Currency currency;
    /** Month index of slot 0 of every history. */
    private final int firstIndex;
    /**
     * Per account, ARR in minor units by month slot, carried forward from the last snapshot; {@link #NO_SNAPSHOT}
     * before the account's first snapshot.
     */
    private final long[][] histories;
    /** The account of each history, same order. */
    private final AccountKey[] accounts;
    /** The last month with any loaded ARR, null when nothing is loaded. */
    private final @Nullable YearMonth dataThrough;

    /**
     * A calculator whose data runs through the last month of {@code snapshots}.
     *
     * @throws CurrencyMismatchException when a snapshot is not in {@code currency}
     * @throws IllegalArgumentException  when an account has two snapshots for one month
     */
    public RetentionCalculator(Currency currency, Collection<ArrSnapshot> snapshots) {
        this(currency, snapshots, snapshots.stream().map(ArrSnapshot::month).max(YearMonth::compareTo).orElse(null));
    }

    /**
     * A calculator whose data runs through {@code dataThrough}, the last month with any loaded ARR in the currency
     * (null: nothing loaded), which may lie after the last of {@code snapshots} (e.g. when they are one tier's).
     *
     * @throws CurrencyMismatchException when a snapshot is not in {@code currency}
     * @throws IllegalArgumentException  when an account has two snapshots for one month
     */
    public RetentionCalculator(Currency currency, Collection<ArrSnapshot> snapshots, @Nullable YearMonth dataThrough) {
        this.currency = Objects.requireNonNull(currency, "currency");
        this.dataThrough = dataThrough;
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
        byAccount.values().forEach(RetentionCalculator::carryForward);
        this.accounts = byAccount.keySet().toArray(AccountKey[]::new);
        this.histories = new long[accounts.length][];
        for (int i = 0; i < accounts.length; i++) {
            histories[i] = byAccount.get(accounts[i]);
        }
    }

    private RetentionCalculator(Currency currency, int firstIndex, AccountKey[] accounts, long[][] histories,
                                @Nullable YearMonth dataThrough) {
        this.currency = currency;
        this.firstIndex = firstIndex;
        this.accounts = accounts;
        this.histories = histories;
        this.dataThrough = dataThrough;
    }

    /**
     * A calculator over the histories of {@code wanted} only (e.g. a tier's accounts), sharing this one's arrays; its
     * data still runs through {@link #dataThrough()}. Histories are never changed after construction, so both can be
     * used from any thread.
     */
    public RetentionCalculator only(Set<AccountKey> wanted) {
        List<AccountKey> keptAccounts = new ArrayList<>();
        List<long[]> keptHistories = new ArrayList<>();
        for (int i = 0; i < accounts.length; i++) {
            if (wanted.contains(accounts[i])) {
                keptAccounts.add(accounts[i]);
                keptHistories.add(histories[i]);
            }
        }
        return new RetentionCalculator(currency, firstIndex, keptAccounts.toArray(AccountKey[]::new),
                keptHistories.toArray(long[][]::new), dataThrough);
    }

    /** How many accounts have a history here. */
    public int accountCount() {
        return accounts.length;
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

    /** The last month with any loaded ARR; empty when nothing is loaded. */
    public Optional<YearMonth> dataThrough() {
        return Optional.ofNullable(dataThrough);
    }

    /**
     * The series as shown: periods ending after {@link #dataThrough()} have no data, periods ending in
     * {@code currentMonth} (or later) are partial.
     */
    public List<RetentionPoint> points(List<RetentionMetrics> series, YearMonth currentMonth) {
        return series.stream().map(bridge -> RetentionPoint.of(bridge, dataThrough(), currentMonth)).toList();
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
     * cohort's own period, so for quarterly cohorts it already shows churn or expansion within that quarter. Cells
     * measured after {@link #dataThrough()} are left out (no data, never 0 %).
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
            long cohortArr = Objects.requireNonNull(startingArr.get(cohortStart), "every cohort has a starting ARR");
            List<CohortMatrix.Cell> cells = new ArrayList<>();
            YearMonth measuredAt = granularity.lastMonth(cohortStart);
            YearMonth lastCell = dataThrough == null || to.isBefore(dataThrough) ? to : dataThrough;
            for (int k = 0; dataThrough != null && !measuredAt.isAfter(lastCell);
                 k++, measuredAt = measuredAt.plusMonths(granularity.months())) {
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

    /**
     * ARR in minor units at a month index, carried forward from the account's last snapshot (also past the end of
     * the history); 0 before its first snapshot.
     */
    private long arr(long[] history, int monthIndex) {
        int slot = Math.min(monthIndex - firstIndex, history.length - 1);
        return slot < 0 ? 0 : Math.max(0, history[slot]);
    }

    /** Fills each month without a snapshot with the ARR of the account's previous snapshot. */
    private static void carryForward(long[] history) {
        for (int slot = 1; slot < history.length; slot++) {
            if (history[slot] == NO_SNAPSHOT) {
                history[slot] = history[slot - 1];
            }
        }
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
