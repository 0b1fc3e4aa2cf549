package io.successdesk.app.revenue;

import io.successdesk.domain.revenue.ArrSnapshot;
import io.successdesk.domain.revenue.RetentionCalculator;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each currency's whole ARR history, carried forward month by month, held in memory and built again only when the
 * store's {@link RevenueStore#version} of the currency has moved: every retention series and cohort matrix then
 * costs one indexed read plus arithmetic on arrays instead of reading every snapshot. Safe on a cluster without any
 * replication, because each read asks the shared database for the version (docs/architecture.md, "Retention history
 * in memory"). Holds at most one entry per currency, and only the latest.
 */
final class RetentionHistories {

    private record Built(long version, RetentionCalculator calculator) {
    }

    private final RevenueStore store;
    private final Map<Currency, Built> byCurrency = new ConcurrentHashMap<>();

    RetentionHistories(RevenueStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * The calculator over every snapshot of {@code currency} as last committed, its data running through the
     * currency's last loaded month. Callers needing one currency at once wait for a single build.
     */
    RetentionCalculator of(Currency currency) {
        long version = store.version(currency);
        Built current = byCurrency.get(currency);
        if (current != null && current.version() == version) {
            return current.calculator();
        }
        return byCurrency.compute(currency, (key, built) -> built != null && built.version() == version
                ? built : new Built(version, build(currency))).calculator();
    }

    private RetentionCalculator build(Currency currency) {
        List<ArrSnapshot> snapshots = store.firstMonth(currency)
                .flatMap(first -> store.lastMonth(currency).map(last -> store.snapshots(currency, first, last)))
                .orElse(List.of());
        return new RetentionCalculator(currency, snapshots);
    }
}
