package io.successdesk.domain.health;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MeasureTest {

    private static final MeasureId CSAT = MeasureId.of(MeasureKind.CSAT_SATISFIED);
    private static final MeasureId OPEN = MeasureId.of(MeasureKind.OPEN_TICKETS);

    @ParameterizedTest(name = "CSAT {0} % scores {1}")
    @CsvSource({
            "60, 0",     // at red
            "90, 100",   // at green
            "75, 50",    // (75-60)/(90-60) = 0.5
            "66, 20",    // (66-60)/30 = 0.2
            "59, 0",     // below red: clamped
            "91, 100",   // above green: clamped
            "60.3, 1"    // 0.3/30 = 0.01
    })
    void shouldScoreLinearlyBetweenBoundsWhenHigherIsBetter(double value, double expected) {
        Measure measure = Measure.computed(CSAT, 1, 60, 90, 90, 5);

        assertThat(measure.scoreOf(value)).isCloseTo(expected, within(1e-9));
        assertThat(measure.isLowerBetter()).isFalse();
    }

    @ParameterizedTest(name = "{0} open tickets score {1}")
    @CsvSource({
            "15, 0",     // at red
            "2, 100",    // at green
            "8.5, 50",   // (8.5-15)/(2-15) = -6.5/-13 = 0.5
            "12.4, 20",  // -2.6/-13 = 0.2
            "16, 0",     // worse than red: clamped
            "1, 100",    // better than green: clamped
            "14, 7.692307692307692" // -1/-13 = 0.0769…
    })
    void shouldScoreLinearlyBetweenBoundsWhenLowerIsBetter(double value, double expected) {
        Measure measure = Measure.computed(OPEN, 1, 15, 2, 0, 0);

        assertThat(measure.scoreOf(value)).isCloseTo(expected, within(1e-9));
        assertThat(measure.isLowerBetter()).isTrue();
    }

    @Test
    void shouldRefuseNonPositiveOrNonFiniteWeightWhenConstructed() {
        assertThatThrownBy(() -> Measure.computed(CSAT, 0, 60, 90, 90, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight");
        assertThatThrownBy(() -> Measure.computed(CSAT, -1, 60, 90, 90, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Measure.computed(CSAT, Double.NaN, 60, 90, 90, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Measure.computed(CSAT, Double.POSITIVE_INFINITY, 60, 90, 90, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Measure.computed(CSAT, 0.001, 60, 90, 90, 5).weight()).isEqualTo(0.001);
    }

    @Test
    void shouldRefuseEqualOrNonFiniteBoundsWhenConstructed() {
        assertThatThrownBy(() -> Measure.computed(CSAT, 1, 60, 60, 90, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ");
        assertThatThrownBy(() -> Measure.computed(CSAT, 1, Double.NaN, 60, 90, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Measure.computed(CSAT, 1, 60, Double.NEGATIVE_INFINITY, 90, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseNegativeWindowSampleOrZeroValidityWhenConstructed() {
        assertThatThrownBy(() -> Measure.computed(CSAT, 1, 60, 90, -1, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window");
        assertThatThrownBy(() -> Measure.computed(CSAT, 1, 60, 90, 90, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimum sample");
        assertThatThrownBy(() -> Measure.manual(MeasureId.of(MeasureKind.CSM_SENTIMENT), 1, 1, 5, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("validity");
        Measure zeroes = Measure.computed(CSAT, 1, 60, 90, 0, 0);
        assertThat(zeroes.windowDays()).isZero();
        assertThat(zeroes.minimumSample()).isZero();
        assertThat(Measure.manual(MeasureId.of(MeasureKind.CSM_SENTIMENT), 1, 1, 5, 1).validityDays())
                .isEqualTo(OptionalInt.of(1));
    }

    @Test
    void shouldRefuseNonFiniteValueWhenScoring() {
        Measure measure = Measure.computed(CSAT, 1, 60, 90, 90, 5);

        assertThatThrownBy(() -> measure.scoreOf(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldKeepEverythingButWeightWhenReweighted() {
        Measure measure = Measure.computed(CSAT, 1, 60, 90, 90, 5);

        assertThat(measure.withWeight(3)).isEqualTo(Measure.computed(CSAT, 3, 60, 90, 90, 5));
    }

    @Test
    void shouldBeEqualOnlyWhenEveryComponentIsEqual() {
        Measure measure = Measure.computed(CSAT, 1, 60, 90, 90, 5);

        assertThat(measure).isEqualTo(Measure.computed(CSAT, 1, 60, 90, 90, 5))
                .hasSameHashCodeAs(Measure.computed(CSAT, 1, 60, 90, 90, 5));
        assertThat(measure)
                .isNotEqualTo(Measure.computed(OPEN, 1, 60, 90, 90, 5))
                .isNotEqualTo(Measure.computed(CSAT, 2, 60, 90, 90, 5))
                .isNotEqualTo(Measure.computed(CSAT, 1, 61, 90, 90, 5))
                .isNotEqualTo(Measure.computed(CSAT, 1, 60, 91, 90, 5))
                .isNotEqualTo(Measure.computed(CSAT, 1, 60, 90, 91, 5))
                .isNotEqualTo(Measure.computed(CSAT, 1, 60, 90, 90, 6))
                .isNotEqualTo(new Measure(CSAT, 1, 60, 90, 90, 5, OptionalInt.of(5)));
    }

    @Test
    void shouldBeEqualOnlyWhenEveryComponentIsEqualForObservations() {
        java.time.Instant at = java.time.Instant.parse("2026-03-01T10:00:00Z");
        MeasureObservation observation = MeasureObservation.computed(CSAT, 80, 10, at);

        assertThat(observation).isEqualTo(MeasureObservation.computed(CSAT, 80, 10, at))
                .hasSameHashCodeAs(MeasureObservation.computed(CSAT, 80, 10, at));
        assertThat(observation)
                .isNotEqualTo(MeasureObservation.computed(OPEN, 80, 10, at))
                .isNotEqualTo(MeasureObservation.computed(CSAT, 81, 10, at))
                .isNotEqualTo(MeasureObservation.computed(CSAT, 80, 11, at))
                .isNotEqualTo(MeasureObservation.computed(CSAT, 80, 10, at.plusSeconds(1)))
                .isNotEqualTo(new MeasureObservation(CSAT, 80, 10, at, true));
        assertThatThrownBy(() -> MeasureObservation.computed(CSAT, 80, -1, at)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MeasureObservation.computed(CSAT, Double.NaN, 1, at)).isInstanceOf(IllegalArgumentException.class);
        assertThat(MeasureObservation.manual(CSAT, 3, at)).isEqualTo(new MeasureObservation(CSAT, 3, 1, at, true));
    }
}
