package io.successdesk.app.health;

import io.successdesk.domain.health.HealthBand;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A CSM's request to override an account's health, as received (validated by {@link HealthService}).
 *
 * @param score     the score to show, 0–100; or empty for a band override
 * @param band      the band to show; or empty for a score override
 * @param reason    why (required)
 * @param expiresOn the first day the override no longer applies; must be after today
 */
public record OverrideRequest(Optional<Double> score, Optional<HealthBand> band, String reason, LocalDate expiresOn) {

    public OverrideRequest {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(expiresOn, "expiresOn");
    }
}
