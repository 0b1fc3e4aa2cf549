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
     * Stores the snapshot for its account and month, replacing an earlier one (amount and currency) for the same
     * account and month; storing the same snapshot again changes nothing.
     */
    UpsertOutcome upsert(ArrSnapshot snapshot);

    /** Snapshots in {@code currency} for months {@code from}–{@code to} inclusive, in any order. */
    List<ArrSnapshot> snapshots(Currency currency, YearMonth from, YearMonth to);

    /**
     * The account's snapshot of {@code month} in {@code currency}, if any. The default reads the month of every
     * account; stores override it with an indexed lookup.
     */
    default Optional<ArrSnapshot> snapshotOf(AccountKey account, Currency currency, YearMonth month) {
        return snapshots(currency, month, month).stream().filter(snapshot -> snapshot.account().equals(account))
                .findFirst();
    }

    /** The earliest month with a snapshot in {@code currency}, if any. */
    Optional<YearMonth> firstMonth(Currency currency);

    /** Every currency with at least one snapshot. */
    Set<Currency> currencies();
}
