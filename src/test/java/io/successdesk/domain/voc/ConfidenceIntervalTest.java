package io.successdesk.domain.voc;

import io.successdesk.domain.value.Percentage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfidenceIntervalTest {

    @Test
    void shouldContainItsBoundsAndWhatLiesBetweenButNothingOutside() {
        ConfidenceInterval interval = new ConfidenceInterval(new Percentage(40), new Percentage(60));

        assertThat(interval.contains(new Percentage(40))).isTrue();
        assertThat(interval.contains(new Percentage(50))).isTrue();
        assertThat(interval.contains(new Percentage(60))).isTrue();
        assertThat(interval.contains(new Percentage(39.9))).isFalse();
        assertThat(interval.contains(new Percentage(60.1))).isFalse();
    }

    @Test
    void shouldAllowAnIntervalOfOnePointAtEitherEndOfTheScale() {
        assertThat(new ConfidenceInterval(new Percentage(0), new Percentage(0)).contains(new Percentage(0))).isTrue();
        assertThat(new ConfidenceInterval(new Percentage(100), new Percentage(100)).contains(new Percentage(100))).isTrue();
        assertThatThrownBy(() -> new ConfidenceInterval(new Percentage(60), new Percentage(40)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldKeepTheObservedShareInsideTheWilsonInterval() {
        // 8 of 10 satisfied: Wilson 95 % ≈ [49.0 %, 94.3 %] (worked by hand from the formula in docs/metrics.md)
        ConfidenceInterval interval = ConfidenceInterval.wilson(8, 10, ConfidenceInterval.Z_95);

        assertThat(interval.contains(new Percentage(80))).isTrue();
        assertThat(interval.lower().value()).isBetween(49.0, 49.1);
        assertThat(interval.upper().value()).isBetween(94.3, 94.4);
    }
}
