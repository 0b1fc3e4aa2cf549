package io.successdesk.domain.health;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HealthScoreTest {

    // EqualsVerifier cannot check this record (it passes NaN to the checked constructor); equality by example.
    @Test
    void shouldBeEqualWithEqualHashCodesWhenValuesAreEqual() {
        assertThat(HealthScore.of(42.5)).isEqualTo(HealthScore.of(42.5)).hasSameHashCodeAs(HealthScore.of(42.5));
        assertThat(HealthScore.of(-0.0)).isEqualTo(HealthScore.MIN).hasSameHashCodeAs(HealthScore.MIN);
        assertThat(HealthScore.of(42.5)).isNotEqualTo(HealthScore.of(42.6));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.1, 50, 99.9, 100})
    void shouldAcceptScoreWhenWithinZeroToHundred(double value) {
        assertThat(HealthScore.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.001, 100.001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void shouldRefuseScoreWhenOutsideZeroToHundredOrNotFinite(double value) {
        assertThatThrownBy(() -> HealthScore.of(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and 100");
    }

    @Test
    void shouldClampWhenOutsideRangeAndRefuseNonFinite() {
        assertThat(HealthScore.clamped(-5)).isEqualTo(HealthScore.MIN);
        assertThat(HealthScore.clamped(100.5)).isEqualTo(HealthScore.MAX);
        assertThat(HealthScore.clamped(37.25)).isEqualTo(HealthScore.of(37.25));
        assertThatThrownBy(() -> HealthScore.clamped(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HealthScore.clamped(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRoundHalfUpWhenShownOnBadge() {
        assertThat(HealthScore.of(74.5).rounded()).isEqualTo(75);
        assertThat(HealthScore.of(74.49).rounded()).isEqualTo(74);
        assertThat(HealthScore.of(0.5).rounded()).isEqualTo(1);
        assertThat(HealthScore.of(100).rounded()).isEqualTo(100);
    }

    @Test
    void shouldOrderByValue() {
        assertThat(HealthScore.of(49.9)).isLessThan(HealthScore.of(50));
        assertThat(HealthScore.MAX).isGreaterThan(HealthScore.of(99.99));
    }

    @Property
    void shouldAlwaysLandInRangeWhenClamped(@ForAll @DoubleRange(min = -1e9, max = 1e9) double value) {
        double clamped = HealthScore.clamped(value).value();
        assertThat(clamped).isBetween(0.0, 100.0);
        if (value >= 0 && value <= 100) {
            assertThat(clamped).isEqualTo(value == 0.0 ? 0.0 : value);
        }
    }
}
