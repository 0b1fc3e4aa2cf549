package io.successdesk.domain.value;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PercentageTest {

    // EqualsVerifier cannot check this record: it feeds NaN into the checked constructor. The record's
    // generated equals compares with Double.compare, so the contract rests on normalising -0.0, tested here.
    @Test
    void shouldBeEqualWithEqualHashCodesWhenValuesAreEqual() {
        assertThat(new Percentage(12.5)).isEqualTo(new Percentage(12.5)).hasSameHashCodeAs(new Percentage(12.5));
        assertThat(new Percentage(-0.0)).isEqualTo(new Percentage(0.0)).hasSameHashCodeAs(new Percentage(0.0));
        assertThat(new Percentage(12.5)).isNotEqualTo(new Percentage(12.500001));
    }

    @Test
    void shouldComputeRatioWhenWholeIsNonZero() {
        // 7 of 8 = 0.875 → 87.5 %
        assertThat(Percentage.ratio(7, 8).value()).isEqualTo(87.5);
        // 3 of 2 = 150 % (NRR style, above 100 allowed)
        assertThat(Percentage.ratio(3, 2).value()).isEqualTo(150.0);
        assertThat(Percentage.ratio(-1, 4).value()).isEqualTo(-25.0);
    }

    @Test
    void shouldRefuseRatioWhenWholeIsZero() {
        assertThatThrownBy(() -> Percentage.ratio(1, 0)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Percentage.ratio(0, -0.0)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void shouldRefuseNonFiniteValues() {
        assertThatThrownBy(() -> new Percentage(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Percentage(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentage.ofFraction(Double.NEGATIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldTreatNegativeZeroAsZero() {
        assertThat(new Percentage(-0.0)).isEqualTo(Percentage.ZERO);
        assertThat(Percentage.ratio(-0.0, 5)).isEqualTo(Percentage.ZERO);
    }

    @Test
    void shouldConvertBetweenFractionAndPercentWhenAskedEitherWay() {
        assertThat(Percentage.ofFraction(0.25).value()).isEqualTo(25.0);
        assertThat(new Percentage(12.5).fraction()).isCloseTo(0.125, within(1e-12));
        assertThat(Percentage.HUNDRED.fraction()).isEqualTo(1.0);
    }

    @Test
    void shouldOrderByValue() {
        assertThat(new Percentage(49.9)).isLessThan(new Percentage(50));
        assertThat(new Percentage(50)).isGreaterThan(new Percentage(-50));
        assertThat(new Percentage(50)).hasToString("50.0 %");
    }
}
