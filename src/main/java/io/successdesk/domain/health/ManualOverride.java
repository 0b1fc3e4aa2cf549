package io.successdesk.domain.health;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A CSM's manual override of an account's health: either a score or a band (exactly one), with a required
 * reason. It is in force on the days before {@code expiresOn} (UTC) and lapses on that day; the computed score
 * stays visible next to it.
 *
 * @param score     the overriding score, or empty for a band override
 * @param band      the overriding band, or empty for a score override
 * @param reason    why, non-blank
 * @param author    Jira user key of the CSM, non-blank
 * @param created   when it was set
 * @param expiresOn the first day it is no longer in force; after the day it was created
 */
public record ManualOverride(Optional<HealthScore> score, Optional<HealthBand> band, String reason, String author,
                             Instant created, LocalDate expiresOn) {

    public ManualOverride {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(expiresOn, "expiresOn");
        if (score.isPresent() == band.isPresent()) {
            throw new IllegalArgumentException("an override sets either a score or a band, not both and not neither");
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("an override needs a reason");
        }
        if (author.isBlank()) {
            throw new IllegalArgumentException("an override needs an author");
        }
        if (!expiresOn.isAfter(LocalDate.ofInstant(created, ZoneOffset.UTC))) {
            throw new IllegalArgumentException(
                    "an override must expire after the day it is created (" + created + "), got " + expiresOn);
        }
    }

    public static ManualOverride ofScore(HealthScore score, String reason, String author, Instant created, LocalDate expiresOn) {
        return new ManualOverride(Optional.of(score), Optional.empty(), reason, author, created, expiresOn);
    }

    public static ManualOverride ofBand(HealthBand band, String reason, String author, Instant created, LocalDate expiresOn) {
        return new ManualOverride(Optional.empty(), Optional.of(band), reason, author, created, expiresOn);
    }

    /** Whether the override applies on {@code day}: from creation until the day before {@code expiresOn}. */
    public boolean isInForceOn(LocalDate day) {
        return day.isBefore(expiresOn);
    }

    /** The band this override sets: its band, or the band of its score under {@code thresholds}. */
    public HealthBand bandUnder(BandThresholds thresholds) {
        return band.orElseGet(() -> thresholds.bandOf(score.orElseThrow()));
    }

    @Override
    public String toString() {
        return score.map(s -> "score=" + s.value()).orElseGet(() -> "band=" + band.orElseThrow())
                + "; reason=" + reason + "; author=" + author + "; expiresOn=" + expiresOn;
    }
}
