package io.successdesk.domain.health;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EffectiveHealthTest {

    static final Instant AS_OF = Instant.parse("2026-03-31T12:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    static final MeasureId OPEN = MeasureId.of(MeasureKind.OPEN_TICKETS);
    static final HealthScorecard CARD = new HealthScorecard("v1", List.of(Measure.computed(OPEN, 1, 100, 0, 0, 0)),
            BandThresholds.DEFAULT);

    /** Computed score 100 − openTickets. */
    static HealthResult computed(double openTickets) {
        return HealthScorer.score(CARD, List.of(MeasureObservation.computed(OPEN, openTickets, 1, AS_OF)), AS_OF);
    }

    static ManualOverride scoreOverride(double score, LocalDate expiresOn) {
        return ManualOverride.ofScore(HealthScore.of(score), "renewal signed", "csm1", AS_OF.minusSeconds(86_400 * 3), expiresOn);
    }

    @Test
    void shouldShowOverrideAndKeepComputedWhenScoreOverrideIsInForce() {
        EffectiveHealth health = new EffectiveHealth(computed(70), Optional.of(scoreOverride(80, TODAY.plusDays(1))), TODAY);

        assertThat(health.isOverridden()).isTrue();
        assertThat(health.score()).contains(HealthScore.of(80));
        assertThat(health.band()).contains(HealthBand.GREEN);
        assertThat(health.computed().score()).contains(HealthScore.of(30));
        assertThat(health.computed().band()).contains(HealthBand.RED);
    }

    @Test
    void shouldFallBackToComputedButKeepOverrideVisibleWhenOverrideExpired() {
        ManualOverride lapsed = scoreOverride(80, TODAY);
        EffectiveHealth health = new EffectiveHealth(computed(70), Optional.of(lapsed), TODAY);

        assertThat(health.isOverridden()).isFalse();
        assertThat(health.score()).contains(HealthScore.of(30));
        assertThat(health.band()).contains(HealthBand.RED);
        assertThat(health.override()).contains(lapsed);
    }

    @Test
    void shouldKeepComputedScoreWhenOnlyTheBandIsOverridden() {
        ManualOverride band = ManualOverride.ofBand(HealthBand.AMBER, "known outage", "csm1", AS_OF, TODAY.plusDays(7));
        EffectiveHealth health = new EffectiveHealth(computed(10), Optional.of(band), TODAY);

        assertThat(health.score()).contains(HealthScore.of(90));
        assertThat(health.band()).contains(HealthBand.AMBER);
    }

    @Test
    void shouldShowOverrideBandWhenThereIsNoComputedScore() {
        HealthResult nothing = HealthScorer.score(CARD, List.of(), AS_OF);
        ManualOverride band = ManualOverride.ofBand(HealthBand.RED, "churn notice", "csm1", AS_OF, TODAY.plusDays(7));

        EffectiveHealth health = new EffectiveHealth(nothing, Optional.of(band), TODAY);

        assertThat(health.score()).isEmpty();
        assertThat(health.band()).contains(HealthBand.RED);
        assertThat(EffectiveHealth.computedOnly(nothing, TODAY).band()).isEmpty();
    }
}
