package io.successdesk.app.health;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.ManualOverride;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Test fake of the {@link OverrideStore} port. */
public final class InMemoryOverrideStore implements OverrideStore {

    private final Map<AccountKey, ManualOverride> overrides = new HashMap<>();

    @Override
    public synchronized Optional<ManualOverride> find(AccountKey account) {
        return Optional.ofNullable(overrides.get(account));
    }

    @Override
    public synchronized void put(AccountKey account, ManualOverride override, Optional<java.time.Instant> replacing) {
        if (!Optional.ofNullable(overrides.get(account)).map(ManualOverride::created).equals(replacing)) {
            throw new io.successdesk.app.ConflictException("replaces", "the override of " + account + " has changed");
        }
        overrides.put(account, override);
    }

    @Override
    public synchronized boolean remove(AccountKey account) {
        return overrides.remove(account) != null;
    }
}
