package io.successdesk.app.health;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.HealthSnapshot;
import io.successdesk.domain.value.DateWindow;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Test fake of the {@link HealthHistory} port. */
public final class InMemoryHealthHistory implements HealthHistory {

    private final Map<AccountKey, TreeMap<LocalDate, HealthSnapshot>> byAccount = new HashMap<>();

    @Override
    public synchronized void save(HealthSnapshot snapshot) {
        byAccount.computeIfAbsent(snapshot.account(), key -> new TreeMap<>()).put(snapshot.day(), snapshot);
    }

    @Override
    public synchronized List<HealthSnapshot> history(AccountKey account, DateWindow window) {
        return List.copyOf(days(account).subMap(window.start(), true, window.endExclusive(), false).values());
    }

    @Override
    public synchronized Optional<HealthSnapshot> onOrBefore(AccountKey account, LocalDate day) {
        return Optional.ofNullable(days(account).floorEntry(day)).map(Map.Entry::getValue);
    }

    public synchronized int size() {
        return byAccount.values().stream().mapToInt(Map::size).sum();
    }

    private TreeMap<LocalDate, HealthSnapshot> days(AccountKey account) {
        return byAccount.getOrDefault(account, new TreeMap<>());
    }
}
