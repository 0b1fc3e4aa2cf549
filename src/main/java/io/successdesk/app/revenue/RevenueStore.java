package io.successdesk.app.revenue;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.revenue.ArrSnapshot;

import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port: month-end ARR snapshots, at most one per account and month. */
public interface RevenueStore {

    /** What an upsert did. */
    enum UpsertOutcome {
        CREATED, UPDATED, UNCHANGED
    }

    /**
     * Stores the snapshot for its account and month, replacing the amount of an earlier one for the same account,
     * month and currency; storing the same snapshot again changes nothing.
     *
     * @throws ArrCurrencyConflictException when the account and month are stored in another currency
     */
    default UpsertOutcome upsert(ArrSnapshot snapshot) {
        return upsertAll(List.of(snapshot)).get(0);
    }

    /**
     * {@link #upsert} for every snapshot, all or nothing: when one conflicts, none is stored.
     *
     * @return the outcome per snapshot, in order
     * @throws ArrCurrencyConflictException for the first snapshot whose account and month are stored in another
     *                                      currency
     */
    List<UpsertOutcome> upsertAll(List<ArrSnapshot> snapshots);

    /** Snapshots in {@code currency} for months {@code from}–{@code to} inclusive, in any order. */
    List<ArrSnapshot> snapshots(Currency currency, YearMonth from, YearMonth to);

    /**
     * A number that changes in the transaction of every write that creates, changes or deletes a snapshot in
     * {@code currency} (0 before the first), so a reader holding the currency's history knows when it is stale. Read
     * it <em>before</em> the snapshots it stands for: a write committed in between then only makes the next reader
     * build again, never leaves newer snapshots unseen behind an older number.
     */
    long version(Currency currency);

    /**
     * The account's snapshot of {@code month} in {@code currency}, if any: one indexed row, read by every account
     * refresh (the health's ARR-change measure).
     */
    Optional<ArrSnapshot> snapshotOf(AccountKey account, Currency currency, YearMonth month);

    /** The earliest month with a snapshot in {@code currency}, if any. */
    Optional<YearMonth> firstMonth(Currency currency);

    /** The account's ARR rows, oldest month first (an account keeps one currency per month). */
    List<ArrSnapshot> history(AccountKey account);

    /**
     * The last month with a snapshot in {@code currency}, if any: the data of that currency runs through it, later
     * periods have no data (docs/metrics.md, "Carry-forward and no data").
     */
    Optional<YearMonth> lastMonth(Currency currency);

    /** Every currency with at least one snapshot. */
    Set<Currency> currencies();
}
