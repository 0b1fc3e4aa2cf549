package io.successdesk.app.health;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.EffectiveHealth;
import io.successdesk.domain.health.HealthDelta;

import java.util.Objects;
import java.util.Optional;

/**
 * An account's health as the account page shows it: effective and computed health with breakdown, and what
 * changed since the snapshots of 7 and 30 days ago (empty when there is no snapshot that old).
 */
public record HealthView(AccountKey account, EffectiveHealth health, Optional<HealthDelta> since7Days,
                         Optional<HealthDelta> since30Days) {

    public HealthView {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(since7Days, "since7Days");
        Objects.requireNonNull(since30Days, "since30Days");
    }
}
