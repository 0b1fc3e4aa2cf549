package io.successdesk.app.health;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthBandChange;
import io.successdesk.domain.health.HealthSnapshot;
import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.value.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Test fake of the {@link HealthHistory} port; rollups are computed from the snapshots on every read. */
public final class InMemoryHealthHistory implements HealthHistory {

    private record Stored(HealthSnapshot snapshot, Optional<Money> arr) {
    }

    private final Map<AccountKey, TreeMap<LocalDate, Stored>> byAccount = new HashMap<>();

    @Override
    public synchronized java.util.Set<AccountKey> snapshotted(java.util.Collection<AccountKey> accounts, LocalDate day) {
        return accounts.stream().filter(account -> byAccount.getOrDefault(account, new TreeMap<>()).containsKey(day))
                .collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public synchronized void save(HealthSnapshot snapshot, Optional<Money> arr) {
        byAccount.computeIfAbsent(snapshot.account(), key -> new TreeMap<>()).put(snapshot.day(), new Stored(snapshot, arr));
    }

    @Override
    public synchronized List<HealthBandChange> bandChanges(AccountKey account, Optional<LocalDate> onOrBefore, int limit) {
        HealthBandChange.Finder finder = new HealthBandChange.Finder(limit);
        for (Stored stored : days(account).descendingMap().values()) {
            HealthSnapshot snapshot = stored.snapshot();
            if (onOrBefore.filter(snapshot.day()::isAfter).isPresent() || snapshot.effectiveBand().isEmpty()) {
                continue;
            }
            if (!finder.offer(snapshot.day(), snapshot.effectiveBand().get(), snapshot.effectiveScore())) {
                break;
            }
        }
        return finder.changes();
    }

    @Override
    public synchronized List<HealthSnapshot> history(AccountKey account, DateWindow window) {
        return days(account).subMap(window.start(), true, window.endExclusive(), false).values().stream()
                .map(Stored::snapshot).toList();
    }

    @Override
    public synchronized Optional<HealthSnapshot> onOrBefore(AccountKey account, LocalDate day) {
        return Optional.ofNullable(days(account).floorEntry(day)).map(entry -> entry.getValue().snapshot());
    }

    @Override
    public synchronized int erase(AccountKey account) {
        TreeMap<LocalDate, Stored> removed = byAccount.remove(account);
        return removed == null ? 0 : removed.size();
    }

    @Override
    public synchronized List<DailyHealthRollup> dailyRollups(DateWindow window) {
        TreeMap<LocalDate, List<Stored>> byDay = new TreeMap<>();
        byAccount.values().forEach(days -> days.subMap(window.start(), true, window.endExclusive(), false)
                .forEach((day, stored) -> byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(stored)));
        List<DailyHealthRollup> rollups = new ArrayList<>();
        byDay.forEach((day, snapshots) -> {
            Map<HealthBand, Integer> counts = new EnumMap<>(HealthBand.class);
            TreeMap<String, Money> arrAtRisk = new TreeMap<>();
            for (Stored stored : snapshots) {
                stored.snapshot().effectiveBand().ifPresent(band -> counts.merge(band, 1, Integer::sum));
                if (stored.snapshot().effectiveBand().equals(Optional.of(HealthBand.RED))) {
                    stored.arr().ifPresent(arr -> arrAtRisk.merge(arr.currencyCode(), arr, Money::plus));
                }
            }
            if (counts.isEmpty()) {
                return;
            }
            rollups.add(new DailyHealthRollup(day, counts.getOrDefault(HealthBand.RED, 0),
                    counts.getOrDefault(HealthBand.AMBER, 0), counts.getOrDefault(HealthBand.GREEN, 0),
                    List.copyOf(arrAtRisk.values())));
        });
        return rollups;
    }

    public synchronized int size() {
        return byAccount.values().stream().mapToInt(Map::size).sum();
    }

    private TreeMap<LocalDate, Stored> days(AccountKey account) {
        return byAccount.getOrDefault(account, new TreeMap<>());
    }
}
