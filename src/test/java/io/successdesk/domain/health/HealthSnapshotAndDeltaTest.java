package io.successdesk.domain.health;

import io.successdesk.domain.account.AccountKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class HealthSnapshotAndDeltaTest {

    static final AccountKey ACME = AccountKey.of("ACME");
    static final Instant AS_OF = Instant.parse("2026-03-31T12:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    static final MeasureId OPEN = MeasureId.of(MeasureKind.OPEN_TICKETS);
    static final MeasureId NPS = MeasureId.of(MeasureKind.NPS);
    static final HealthScorecard CARD = new HealthScorecard("v1", List.of(
            Measure.computed(OPEN, 1, 100, 0, 0, 0),       // scores 100 − open
            Measure.computed(NPS, 1, 0, 50, 180, 0)),      // scores 2 × NPS, 0–50
            BandThresholds.DEFAULT);

    static HealthResult result(HealthScorecard card, double open, Optional<Double> nps) {
        List<MeasureObservation> observations = new java.util.ArrayList<>();
        observations.add(MeasureObservation.computed(OPEN, open, 1, AS_OF));
        nps.ifPresent(value -> observations.add(MeasureObservation.computed(NPS, value, 20, AS_OF)));
        return HealthScorer.score(card, observations, AS_OF);
    }

    @Test
    void shouldRecordComputedEffectiveAndMeasureScoresWhenSnapshotting() {
        // open 40 → 60; NPS missing → excluded; score 60 amber; override to red in force
        ManualOverride red = ManualOverride.ofBand(HealthBand.RED, "why", "csm1", AS_OF, TODAY.plusDays(1));
        EffectiveHealth health = new EffectiveHealth(result(CARD, 40, Optional.empty()), Optional.of(red), TODAY);

        HealthSnapshot snapshot = HealthSnapshot.of(ACME, health);

        assertThat(snapshot.account()).isEqualTo(ACME);
        assertThat(snapshot.day()).isEqualTo(TODAY);
        assertThat(snapshot.computedScore()).contains(HealthScore.of(60));
        assertThat(snapshot.computedBand()).contains(HealthBand.AMBER);
        assertThat(snapshot.effectiveScore()).contains(HealthScore.of(60));
        assertThat(snapshot.effectiveBand()).contains(HealthBand.RED);
        assertThat(snapshot.overridden()).isTrue();
        assertThat(snapshot.measureScores()).isEqualTo(Map.of(OPEN, 60.0));
        assertThat(snapshot.scorecardVersion()).isEqualTo("v1");
    }

    @Test
    void shouldRefuseOutOfRangeMeasureScoresWhenSnapshotConstructed() {
        assertThatThrownBy(() -> new HealthSnapshot(ACME, TODAY, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, Map.of(OPEN, 100.5), "v1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HealthSnapshot(ACME, TODAY, Optional.of(HealthScore.of(3)), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Map.of(), "v1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldReportScoreBandAndMeasureChangesWhenComparingWithEarlierSnapshot() {
        // then: open 10 → 90, NPS 40 → 80; mean 85 green.  now: open 30 → 70, NPS 20 → 40; mean 55 amber
        HealthSnapshot then = HealthSnapshot.of(ACME,
                EffectiveHealth.computedOnly(result(CARD, 10, Optional.of(40.0)), TODAY.minusDays(7)));
        HealthResult now = result(CARD, 30, Optional.of(20.0));

        HealthDelta delta = HealthDelta.between(now, then);

        assertThat(delta.since()).isEqualTo(TODAY.minusDays(7));
        assertThat(delta.scoreChange().getAsDouble()).isCloseTo(-30, within(1e-9));
        assertThat(delta.bandBefore()).contains(HealthBand.GREEN);
        assertThat(delta.bandNow()).contains(HealthBand.AMBER);
        assertThat(delta.bandChanged()).isTrue();
        assertThat(delta.measureScoreChanges()).hasSize(2);
        assertThat(delta.measureScoreChanges().get(OPEN)).isCloseTo(-20, within(1e-9));
        assertThat(delta.measureScoreChanges().get(NPS)).isCloseTo(-40, within(1e-9));
        assertThat(delta.scorecardChanged()).isFalse();
    }

    @Test
    void shouldFlagReweightingWhenScorecardVersionDiffers() {
        HealthScorecard reweighted = new HealthScorecard("v2", List.of(
                Measure.computed(OPEN, 3, 100, 0, 0, 0), Measure.computed(NPS, 1, 0, 50, 180, 0)), BandThresholds.DEFAULT);
        HealthSnapshot then = HealthSnapshot.of(ACME,
                EffectiveHealth.computedOnly(result(CARD, 10, Optional.of(40.0)), TODAY.minusDays(30)));

        HealthDelta delta = HealthDelta.between(result(reweighted, 10, Optional.of(40.0)), then);

        // v2: (90·3 + 80·1) / 4 = 87.5 vs 85 — same customer, different weights
        assertThat(delta.scorecardChanged()).isTrue();
        assertThat(delta.scoreChange().getAsDouble()).isCloseTo(2.5, within(1e-9));
        assertThat(delta.measureScoreChanges().get(OPEN)).isCloseTo(0, within(1e-9));
        assertThat(delta.bandChanged()).isFalse();
    }

    @Test
    void shouldOmitScoreChangeAndMeasuresScoredOnlyOnceWhenDataIsMissing() {
        HealthSnapshot then = HealthSnapshot.of(ACME,
                EffectiveHealth.computedOnly(HealthScorer.score(CARD, List.of(), AS_OF), TODAY.minusDays(7)));
        HealthResult now = result(CARD, 30, Optional.of(20.0));

        HealthDelta delta = HealthDelta.between(now, then);

        assertThat(delta.scoreChange()).isEqualTo(OptionalDouble.empty());
        assertThat(delta.measureScoreChanges()).isEmpty();
        assertThat(delta.bandBefore()).isEmpty();
        assertThat(delta.bandChanged()).isTrue();
    }
}
