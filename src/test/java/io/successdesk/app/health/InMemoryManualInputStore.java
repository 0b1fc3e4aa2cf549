package io.successdesk.app.health;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.MeasureId;
import io.successdesk.domain.health.MeasureObservation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** In-memory {@link ManualInputStore}: every entered or pushed value is kept; the latest per measure is read. */
public final class InMemoryManualInputStore implements ManualInputStore {

    private final Map<AccountKey, List<MeasureObservation>> inputs = new HashMap<>();

    @Override
    public synchronized void add(AccountKey account, MeasureObservation observation) {
        inputs.computeIfAbsent(account, key -> new ArrayList<>()).add(observation);
    }

    @Override
    public synchronized List<MeasureObservation> latestInputs(AccountKey account, Instant asOf) {
        Map<MeasureId, MeasureObservation> latest = new LinkedHashMap<>();
        inputs.getOrDefault(account, List.of()).stream()
                .filter(observation -> !observation.observedAt().isAfter(asOf))
                .sorted(Comparator.comparing(MeasureObservation::observedAt))
                .forEach(observation -> latest.put(observation.measureId(), observation));
        return List.copyOf(latest.values());
    }
}
