package io.successdesk.domain.health;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasureBreakdownTest {

    static final MeasureId NPS = MeasureId.of(MeasureKind.NPS);

    static MeasureBreakdown line(MeasureStatus status, OptionalDouble score, double effectiveWeight, double contribution) {
        return new MeasureBreakdown(NPS, status, OptionalDouble.of(10), score, 1, effectiveWeight, contribution,
                Optional.empty(), 5, Optional.empty());
    }

    @Test
    void shouldRefuseScoreUnlessScoredWhenConstructed() {
        assertThatThrownBy(() -> line(MeasureStatus.OK, OptionalDouble.empty(), 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line(MeasureStatus.NOT_COUNTED, OptionalDouble.empty(), 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line(MeasureStatus.STALE, OptionalDouble.of(20), 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseOutOfRangeScoreOrWeightWhenConstructed() {
        assertThatThrownBy(() -> line(MeasureStatus.OK, OptionalDouble.of(100.01), 1, 100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line(MeasureStatus.OK, OptionalDouble.of(-0.01), 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line(MeasureStatus.OK, OptionalDouble.of(50), 1.01, 50))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseWeightOrContributionOnExcludedMeasureWhenConstructed() {
        assertThatThrownBy(() -> line(MeasureStatus.NO_DATA, OptionalDouble.empty(), 0.5, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line(MeasureStatus.NO_DATA, OptionalDouble.empty(), 0, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line(MeasureStatus.NOT_COUNTED, OptionalDouble.of(40), 0.5, 0))
                .as("a measure that is not counted weighs nothing").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line(MeasureStatus.NOT_COUNTED, OptionalDouble.of(40), 0, 20))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
