package io.successdesk.domain.health;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManualOverrideTest {

    static final Instant CREATED = Instant.parse("2026-03-10T09:00:00Z");
    static final LocalDate EXPIRES = LocalDate.of(2026, 4, 1);

    @Test
    void shouldBeInForceUntilTheDayBeforeExpiryWhenAsked() {
        ManualOverride override = ManualOverride.ofBand(HealthBand.RED, "exec sponsor left", "csm1", CREATED, EXPIRES);

        assertThat(override.isInForceOn(LocalDate.of(2026, 3, 10))).isTrue();
        assertThat(override.isInForceOn(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(override.isInForceOn(EXPIRES)).isFalse();
        assertThat(override.isInForceOn(LocalDate.of(2026, 4, 2))).isFalse();
    }

    @Test
    void shouldRequireExactlyOneOfScoreAndBandWhenConstructed() {
        assertThatThrownBy(() -> new ManualOverride(Optional.of(HealthScore.of(40)), Optional.of(HealthBand.RED),
                "why", "csm1", CREATED, EXPIRES)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ManualOverride(Optional.empty(), Optional.empty(),
                "why", "csm1", CREATED, EXPIRES)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRequireReasonAuthorAndLaterExpiryWhenConstructed() {
        assertThatThrownBy(() -> ManualOverride.ofScore(HealthScore.of(40), "  ", "csm1", CREATED, EXPIRES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> ManualOverride.ofScore(HealthScore.of(40), "why", "", CREATED, EXPIRES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("author");
        assertThatThrownBy(() -> ManualOverride.ofScore(HealthScore.of(40), "why", "csm1", CREATED, LocalDate.of(2026, 3, 10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expire");
        assertThat(ManualOverride.ofScore(HealthScore.of(40), "why", "csm1", CREATED, LocalDate.of(2026, 3, 11))
                .expiresOn()).isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void shouldDeriveBandFromScoreWhenOverridingTheScore() {
        assertThat(ManualOverride.ofScore(HealthScore.of(74.9), "why", "csm1", CREATED, EXPIRES)
                .bandUnder(BandThresholds.DEFAULT)).isEqualTo(HealthBand.AMBER);
        assertThat(ManualOverride.ofScore(HealthScore.of(75), "why", "csm1", CREATED, EXPIRES)
                .bandUnder(BandThresholds.DEFAULT)).isEqualTo(HealthBand.GREEN);
        assertThat(ManualOverride.ofBand(HealthBand.RED, "why", "csm1", CREATED, EXPIRES)
                .bandUnder(BandThresholds.DEFAULT)).isEqualTo(HealthBand.RED);
    }

    @Test
    void shouldBeEqualOnlyWhenEveryComponentIsEqual() {
        ManualOverride override = ManualOverride.ofScore(HealthScore.of(40), "why", "csm1", CREATED, EXPIRES);

        assertThat(override).isEqualTo(ManualOverride.ofScore(HealthScore.of(40), "why", "csm1", CREATED, EXPIRES))
                .hasSameHashCodeAs(ManualOverride.ofScore(HealthScore.of(40), "why", "csm1", CREATED, EXPIRES))
                .isNotEqualTo(ManualOverride.ofScore(HealthScore.of(41), "why", "csm1", CREATED, EXPIRES))
                .isNotEqualTo(ManualOverride.ofBand(HealthBand.RED, "why", "csm1", CREATED, EXPIRES))
                .isNotEqualTo(ManualOverride.ofScore(HealthScore.of(40), "why not", "csm1", CREATED, EXPIRES))
                .isNotEqualTo(ManualOverride.ofScore(HealthScore.of(40), "why", "csm2", CREATED, EXPIRES))
                .isNotEqualTo(ManualOverride.ofScore(HealthScore.of(40), "why", "csm1", CREATED.plusSeconds(1), EXPIRES))
                .isNotEqualTo(ManualOverride.ofScore(HealthScore.of(40), "why", "csm1", CREATED, EXPIRES.plusDays(1)));
    }
}
