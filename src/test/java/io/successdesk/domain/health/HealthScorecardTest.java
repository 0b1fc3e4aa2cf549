package io.successdesk.domain.health;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HealthScorecardTest {

    @Test
    void shouldCoverEveryBuiltInMeasureWhenUsingDefaults() {
        HealthScorecard defaults = HealthScorecard.defaults();

        assertThat(defaults.measures()).extracting(measure -> measure.id().kind())
                .containsExactlyElementsOf(Arrays.stream(MeasureKind.values())
                        .filter(kind -> kind != MeasureKind.CUSTOM).toList());
        assertThat(defaults.versionId()).isEqualTo(HealthScorecard.DEFAULT_VERSION);
        assertThat(defaults.thresholds()).isEqualTo(BandThresholds.DEFAULT);
    }

    @Test
    void shouldGiveSentimentA90DayValidityAndCsatTheMinimumSampleWhenUsingDefaults() {
        HealthScorecard defaults = HealthScorecard.defaults();

        assertThat(defaults.measure(MeasureId.of(MeasureKind.CSM_SENTIMENT)).orElseThrow().validityDays())
                .isEqualTo(OptionalInt.of(90));
        Measure csat = defaults.measure(MeasureId.of(MeasureKind.CSAT_SATISFIED)).orElseThrow();
        assertThat(csat.minimumSample()).isEqualTo(5);
        assertThat(csat.windowDays()).isEqualTo(90);
        assertThat(defaults.measure(MeasureId.of(MeasureKind.NPS)).orElseThrow().windowDays()).isEqualTo(180);
        assertThat(defaults.measure(MeasureId.of(MeasureKind.OPEN_TICKETS)).orElseThrow().isLowerBetter()).isTrue();
        assertThat(defaults.measure(MeasureId.custom("usage"))).isEmpty();
    }

    @Test
    void shouldRefuseDuplicateMeasuresWhenConstructed() {
        Measure nps = Measure.computed(MeasureId.of(MeasureKind.NPS), 1, 0, 50, 180, 5);

        assertThatThrownBy(() -> new HealthScorecard("v2", List.of(nps, nps.withWeight(2)), BandThresholds.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void shouldRefuseBlankVersionOrNoMeasuresWhenConstructed() {
        Measure nps = Measure.computed(MeasureId.of(MeasureKind.NPS), 1, 0, 50, 180, 5);

        assertThatThrownBy(() -> new HealthScorecard(" ", List.of(nps), BandThresholds.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version");
        assertThatThrownBy(() -> new HealthScorecard("v2", List.of(), BandThresholds.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    }
}
