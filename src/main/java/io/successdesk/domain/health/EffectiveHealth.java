package io.successdesk.domain.health;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What an account's health reads on {@code day}: the computed result, and the manual override when one is in
 * force. Both stay visible; an expired override is kept (so the UI can show it lapsed) but no longer applies.
 *
 * @param computed the computed result with its breakdown
 * @param override the stored override, in force or not
 * @param day      the day (UTC) the reading is for
 */
public record EffectiveHealth(HealthResult computed, Optional<ManualOverride> override, LocalDate day) {

    public EffectiveHealth {
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(override, "override");
        Objects.requireNonNull(day, "day");
    }

    public static EffectiveHealth computedOnly(HealthResult computed, LocalDate day) {
        return new EffectiveHealth(computed, Optional.empty(), day);
    }

    /** Whether a manual override is in force on {@link #day}. */
    public boolean isOverridden() {
        return override.filter(o -> o.isInForceOn(day)).isPresent();
    }

    /** The override's score when a score override is in force, else the computed score (kept by band overrides). */
    public Optional<HealthScore> score() {
        return activeOverride().flatMap(ManualOverride::score).or(computed::score);
    }

    /** The override's band when an override is in force, else the computed band. */
    public Optional<HealthBand> band() {
        return activeOverride().map(o -> o.bandUnder(computed.thresholds())).or(computed::band);
    }

    private Optional<ManualOverride> activeOverride() {
        return override.filter(o -> o.isInForceOn(day));
    }
}
