package io.successdesk.app.revenue;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.revenue.ArrSnapshot;

import java.time.YearMonth;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Test fake of the {@link RevenueStore} port. */
public final class InMemoryRevenueStore implements RevenueStore {

    private record SnapshotKey(AccountKey account, YearMonth month) {
    }

    private final Map<SnapshotKey, ArrSnapshot> snapshots = new LinkedHashMap<>();
    private final Map<Currency, Long> versions = new LinkedHashMap<>();

    @Override
    public synchronized List<UpsertOutcome> upsertAll(List<ArrSnapshot> batch) {
        for (ArrSnapshot snapshot : batch) {
            ArrSnapshot stored = snapshots.get(new SnapshotKey(snapshot.account(), snapshot.month()));
            if (stored != null && !stored.arr().currency().equals(snapshot.arr().currency())) {
                throw new ArrCurrencyConflictException(snapshot, stored.arr().currency());
            }
        }
        return batch.stream().map(snapshot -> {
            ArrSnapshot previous = snapshots.put(new SnapshotKey(snapshot.account(), snapshot.month()), snapshot);
            if (previous != null && previous.equals(snapshot)) {
                return UpsertOutcome.UNCHANGED;
            }
            versions.merge(snapshot.arr().currency(), 1L, Long::sum);
            return previous == null ? UpsertOutcome.CREATED : UpsertOutcome.UPDATED;
        }).toList();
    }

    @Override
    public synchronized long version(Currency currency) {
        return versions.getOrDefault(currency, 0L);
    }

    @Override
    public synchronized Optional<YearMonth> lastMonth(Currency currency) {
        return months(currency).max(YearMonth::compareTo);
    }

    private java.util.stream.Stream<YearMonth> months(Currency currency) {
        return snapshots.values().stream()
                .filter(snapshot -> snapshot.arr().currency().equals(currency))
                .map(ArrSnapshot::month);
    }

    @Override
    public synchronized List<ArrSnapshot> snapshots(Currency currency, YearMonth from, YearMonth to) {
        return snapshots.values().stream()
                .filter(snapshot -> snapshot.arr().currency().equals(currency))
                .filter(snapshot -> !snapshot.month().isBefore(from) && !snapshot.month().isAfter(to))
                .toList();
    }

    @Override
    public synchronized Optional<ArrSnapshot> snapshotOf(io.successdesk.domain.account.AccountKey account,
                                                         Currency currency, YearMonth month) {
        return snapshots(currency, month, month).stream().filter(snapshot -> snapshot.account().equals(account))
                .findFirst();
    }

    @Override
    public synchronized Optional<YearMonth> firstMonth(Currency currency) {
        return months(currency).min(YearMonth::compareTo);
    }

    @Override
    public synchronized Set<Currency> currencies() {
        Set<Currency> currencies = new LinkedHashSet<>();
        snapshots.values().forEach(snapshot -> currencies.add(snapshot.arr().currency()));
        return currencies;
    }

    public synchronized int size() {
        return snapshots.size();
    }

    @Override
    public synchronized List<ArrSnapshot> history(io.successdesk.domain.account.AccountKey account) {
        return snapshots.values().stream().filter(snapshot -> snapshot.account().equals(account))
                .sorted(java.util.Comparator.comparing(ArrSnapshot::month)).toList();
    }
}
