package io.successdesk.domain.health;

import io.successdesk.domain.value.DateWindow;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HealthScorerTest {

    static final Instant AS_OF = Instant.parse("2026-03-31T12:00:00Z");
    static final MeasureId OPEN = MeasureId.of(MeasureKind.OPEN_TICKETS);
    static final MeasureId CSAT = MeasureId.of(MeasureKind.CSAT_SATISFIED);
    static final MeasureId SENTIMENT = MeasureId.of(MeasureKind.CSM_SENTIMENT);

    /** Open tickets (w 1, red 15 → green 2), CSAT (w 2, 60 → 90 %, 90 days, n ≥ 5), sentiment (w 1, 1 → 5, 90 days valid). */
    static final HealthScorecard CARD = new HealthScorecard("v1", List.of(
            Measure.computed(OPEN, 1, 15, 2, 0, 0),
            Measure.computed(CSAT, 2, 60, 90, 90, 5),
            Measure.manual(SENTIMENT, 1, 1, 5, 90)), BandThresholds.DEFAULT);

    static final Instant ENTERED = AS_OF.minus(Duration.ofDays(10));

    private static List<MeasureObservation> allThree(Instant sentimentEntered, int csatN) {
        return List.of(
                MeasureObservation.computed(OPEN, 8.5, 8, AS_OF),
                MeasureObservation.computed(CSAT, 84, csatN, AS_OF),
                MeasureObservation.manual(SENTIMENT, 4, sentimentEntered));
    }

    @Test
    void shouldComputeWeightedMeanWithBreakdownWhenAllMeasuresHaveData() {
        // open 8.5 → (8.5−15)/(2−15) = 0.5 → 50;  CSAT 84 → (84−60)/30 = 0.8 → 80;  sentiment 4 → 3/4 → 75
        // weights 1, 2, 1 of 4 → 0.25, 0.5, 0.25;  contributions 12.5 + 40 + 18.75 = 71.25 → amber
        HealthResult result = HealthScorer.score(CARD, allThree(ENTERED, 10), AS_OF);

        assertThat(result.score().orElseThrow().value()).isCloseTo(71.25, within(1e-9));
        assertThat(result.band()).contains(HealthBand.AMBER);
        assertThat(result.scorecardVersion()).isEqualTo("v1");
        assertThat(result.asOf()).isEqualTo(AS_OF);
        assertThat(result.breakdown()).extracting(MeasureBreakdown::id).containsExactly(OPEN, CSAT, SENTIMENT);

        MeasureBreakdown csat = result.line(CSAT).orElseThrow();
        assertThat(csat.status()).isEqualTo(MeasureStatus.OK);
        assertThat(csat.value()).isEqualTo(OptionalDouble.of(84));
        assertThat(csat.score().getAsDouble()).isCloseTo(80, within(1e-9));
        assertThat(csat.weight()).isEqualTo(2);
        assertThat(csat.effectiveWeight()).isCloseTo(0.5, within(1e-12));
        assertThat(csat.contribution()).isCloseTo(40, within(1e-9));
        assertThat(csat.sampleSize()).isEqualTo(10);
        assertThat(csat.observedAt()).contains(AS_OF);
        // 90 days ending 2026-03-31: 2026-01-01 … 2026-03-31
        assertThat(csat.window()).contains(new DateWindow(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1)));

        MeasureBreakdown open = result.line(OPEN).orElseThrow();
        assertThat(open.contribution()).isCloseTo(12.5, within(1e-9));
        assertThat(open.effectiveWeight()).isCloseTo(0.25, within(1e-12));
        assertThat(open.window()).isEmpty();
        assertThat(result.line(SENTIMENT).orElseThrow().contribution()).isCloseTo(18.75, within(1e-9));
    }

    /**
     * The score is shown to people who may not see revenue; if it weighed the ARR change in, its score (and the change
     * itself) would follow from the score, the weights and the other measures.
     */
    @Test
    void shouldScoreTheArrChangeForFinancialViewersWithoutCountingItInTheScore() {
        MeasureId arr = MeasureId.of(MeasureKind.ARR_CHANGE_90D);
        HealthScorecard card = new HealthScorecard("v1", List.of(
                Measure.computed(OPEN, 1, 15, 2, 0, 0),
                Measure.computed(CSAT, 2, 60, 90, 90, 5),
                Measure.manual(SENTIMENT, 1, 1, 5, 90),
                Measure.computed(arr, 1, -20, 10, 90, 0)), BandThresholds.DEFAULT);
        List<MeasureObservation> shrinking = new java.util.ArrayList<>(allThree(ENTERED, 10));
        shrinking.add(MeasureObservation.computed(arr, -20, 0, AS_OF));
        List<MeasureObservation> growing = new java.util.ArrayList<>(allThree(ENTERED, 10));
        growing.add(MeasureObservation.computed(arr, 10, 0, AS_OF));

        HealthResult whenShrinking = HealthScorer.score(card, shrinking, AS_OF);
        HealthResult whenGrowing = HealthScorer.score(card, growing, AS_OF);

        assertThat(whenShrinking.score().orElseThrow().value()).as("as without the ARR measure")
                .isCloseTo(71.25, within(1e-9));
        assertThat(whenGrowing.score()).isEqualTo(whenShrinking.score());
        assertThat(whenGrowing.breakdown()).filteredOn(line -> !line.id().equals(arr))
                .usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(whenShrinking.breakdown().stream().filter(line -> !line.id().equals(arr)).toList());
        MeasureBreakdown line = whenShrinking.line(arr).orElseThrow();
        assertThat(line.status()).isEqualTo(MeasureStatus.NOT_COUNTED);
        assertThat(line.score()).isEqualTo(OptionalDouble.of(0));
        assertThat(line.effectiveWeight()).isZero();
        assertThat(line.contribution()).isZero();
        assertThat(whenGrowing.line(arr).orElseThrow().score()).isEqualTo(OptionalDouble.of(100));
        assertThat(whenShrinking.weakest(50, 3)).as("the ARR change scores 0 yet holds nothing back").doesNotContain(arr);
    }

    @Test
    void shouldExcludeAndRenormaliseWhenManualInputIsOlderThanItsValidity() {
        // sentiment stale → weights 1, 2 of 3;  50/3 + 80·2/3 = 16.667 + 53.333 = 70
        Instant enteredJustTooLongAgo = AS_OF.minus(Duration.ofDays(90)).minusSeconds(1);

        HealthResult result = HealthScorer.score(CARD, allThree(enteredJustTooLongAgo, 10), AS_OF);

        MeasureBreakdown sentiment = result.line(SENTIMENT).orElseThrow();
        assertThat(sentiment.status()).isEqualTo(MeasureStatus.STALE);
        assertThat(sentiment.score()).isEmpty();
        assertThat(sentiment.value()).isEqualTo(OptionalDouble.of(4));
        assertThat(sentiment.effectiveWeight()).isZero();
        assertThat(sentiment.contribution()).isZero();
        assertThat(result.line(CSAT).orElseThrow().effectiveWeight()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(result.score().orElseThrow().value()).isCloseTo(70, within(1e-9));
    }

    @Test
    void shouldKeepManualInputWhenExactlyAsOldAsItsValidity() {
        HealthResult result = HealthScorer.score(CARD, allThree(AS_OF.minus(Duration.ofDays(90)), 10), AS_OF);

        assertThat(result.line(SENTIMENT).orElseThrow().status()).isEqualTo(MeasureStatus.OK);
        assertThat(result.score().orElseThrow().value()).isCloseTo(71.25, within(1e-9));
    }

    @Test
    void shouldNeverExpireComputedObservationsWhenTheyAreOld() {
        Measure openWithValidity = new Measure(OPEN, 1, 15, 2, 0, 0, java.util.OptionalInt.of(1));
        HealthScorecard card = new HealthScorecard("v1", List.of(openWithValidity), BandThresholds.DEFAULT);

        HealthResult result = HealthScorer.score(card,
                List.of(MeasureObservation.computed(OPEN, 2, 1, AS_OF.minus(Duration.ofDays(400)))), AS_OF);

        assertThat(result.line(OPEN).orElseThrow().status()).isEqualTo(MeasureStatus.OK);
    }

    @Test
    void shouldReadNoDataWhenSampleIsBelowMinimum() {
        // CSAT n = 4 < 5 → excluded: open 50 (w 1) and sentiment 75 (w 1) → 62.5
        HealthResult below = HealthScorer.score(CARD, allThree(ENTERED, 4), AS_OF);
        HealthResult atMinimum = HealthScorer.score(CARD, allThree(ENTERED, 5), AS_OF);

        MeasureBreakdown csat = below.line(CSAT).orElseThrow();
        assertThat(csat.status()).isEqualTo(MeasureStatus.NO_DATA);
        assertThat(csat.value()).isEqualTo(OptionalDouble.of(84));
        assertThat(csat.sampleSize()).isEqualTo(4);
        assertThat(below.score().orElseThrow().value()).isCloseTo(62.5, within(1e-9));
        assertThat(atMinimum.line(CSAT).orElseThrow().status()).isEqualTo(MeasureStatus.OK);
    }

    @Test
    void shouldReadStaleRatherThanNoDataWhenExpiredInputAlsoLacksSample() {
        Measure strictSentiment = new Measure(SENTIMENT, 1, 1, 5, 0, 2, java.util.OptionalInt.of(90));
        HealthScorecard card = new HealthScorecard("v1", List.of(strictSentiment), BandThresholds.DEFAULT);

        HealthResult result = HealthScorer.score(card,
                List.of(MeasureObservation.manual(SENTIMENT, 4, AS_OF.minus(Duration.ofDays(91)))), AS_OF);

        assertThat(result.line(SENTIMENT).orElseThrow().status()).isEqualTo(MeasureStatus.STALE);
    }

    @Test
    void shouldHaveNoScoreAndNoBandWhenNothingHasData() {
        HealthResult result = HealthScorer.score(CARD, List.of(), AS_OF);

        assertThat(result.hasScore()).isFalse();
        assertThat(result.score()).isEmpty();
        assertThat(result.band()).isEmpty();
        assertThat(result.breakdown()).allSatisfy(line -> {
            assertThat(line.status()).isEqualTo(MeasureStatus.NO_DATA);
            assertThat(line.value()).isEmpty();
            assertThat(line.sampleSize()).isZero();
            assertThat(line.observedAt()).isEmpty();
            assertThat(line.effectiveWeight()).isZero();
        });
    }

    @Test
    void shouldUseLatestObservationAndIgnoreLaterOrUnknownOnesWhenSeveralArrive() {
        List<MeasureObservation> observations = List.of(
                MeasureObservation.computed(OPEN, 15, 1, AS_OF.minusSeconds(60)),
                MeasureObservation.computed(OPEN, 2, 1, AS_OF),                  // latest at or before asOf: 100
                MeasureObservation.computed(OPEN, 15, 1, AS_OF.minusSeconds(30)),
                MeasureObservation.computed(OPEN, 15, 1, AS_OF.plusSeconds(1)),  // after asOf: ignored
                MeasureObservation.computed(MeasureId.custom("usage"), 0, 1, AS_OF));

        HealthResult result = HealthScorer.score(CARD, observations, AS_OF);

        assertThat(result.score().orElseThrow().value()).isEqualTo(100);
        assertThat(result.band()).contains(HealthBand.GREEN);
        assertThat(result.breakdown()).hasSize(3);
    }

    @Test
    void shouldUseTheScorecardsThresholdsWhenBanding() {
        HealthScorecard card = new HealthScorecard("v1", List.of(Measure.computed(OPEN, 1, 100, 0, 0, 0)),
                new BandThresholds(40, 60));

        // value v with red 100, green 0 scores 100 − v
        assertThat(HealthScorer.score(card, List.of(MeasureObservation.computed(OPEN, 40, 1, AS_OF)), AS_OF).band())
                .contains(HealthBand.GREEN);   // 60
        assertThat(HealthScorer.score(card, List.of(MeasureObservation.computed(OPEN, 41, 1, AS_OF)), AS_OF).band())
                .contains(HealthBand.AMBER);   // 59
        assertThat(HealthScorer.score(card, List.of(MeasureObservation.computed(OPEN, 60, 1, AS_OF)), AS_OF).band())
                .contains(HealthBand.AMBER);   // 40
        assertThat(HealthScorer.score(card, List.of(MeasureObservation.computed(OPEN, 61, 1, AS_OF)), AS_OF).band())
                .contains(HealthBand.RED);     // 39
    }

    @Test
    void shouldRefuseInconsistentScoreAndBandWhenBuildingAResult() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HealthResult("v1", AS_OF, BandThresholds.DEFAULT,
                        Optional.of(HealthScore.of(80)), Optional.of(HealthBand.RED), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HealthResult("v1", AS_OF, BandThresholds.DEFAULT,
                        Optional.of(HealthScore.of(80)), Optional.empty(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
