package io.successdesk.app.health;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.MeasureObservation;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test fake of {@link HealthInputsProvider}: observations set per account; remembers the last asOf asked for. */
public final class FixedHealthInputs implements HealthInputsProvider {

    private final Map<AccountKey, List<MeasureObservation>> observations = new HashMap<>();
    private Instant lastAsOf;

    public void set(AccountKey account, List<MeasureObservation> values) {
        observations.put(account, List.copyOf(values));
    }

    @Override
    public List<MeasureObservation> observations(AccountKey account, Instant asOf) {
        lastAsOf = asOf;
        return observations.getOrDefault(account, List.of());
    }

    public Instant lastAsOf() {
        return lastAsOf;
    }
}
