package io.successdesk.domain.health;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BandThresholdsTest {

    // EqualsVerifier cannot check this record (NaN and out-of-order bounds are refused); equality by example.
    @Test
    void shouldBeEqualWithEqualHashCodesWhenBoundsAreEqual() {
        assertThat(new BandThresholds(50, 75)).isEqualTo(BandThresholds.DEFAULT).hasSameHashCodeAs(BandThresholds.DEFAULT);
        assertThat(new BandThresholds(50, 76)).isNotEqualTo(BandThresholds.DEFAULT);
        assertThat(new BandThresholds(51, 75)).isNotEqualTo(BandThresholds.DEFAULT);
    }

    @ParameterizedTest
    @CsvSource({"0, RED", "49.99, RED", "50, AMBER", "74.99, AMBER", "75, GREEN", "100, GREEN"})
    void shouldBandScoreWhenOnEitherSideOfDefaultBounds(double score, HealthBand expected) {
        assertThat(BandThresholds.DEFAULT.bandOf(HealthScore.of(score))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"59.9, RED", "60, AMBER", "89.9, AMBER", "90, GREEN"})
    void shouldBandScoreWhenBoundsAreConfigured(double score, HealthBand expected) {
        assertThat(new BandThresholds(60, 90).bandOf(HealthScore.of(score))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, 75", "-1, 75", "75, 75", "80, 75", "50, 100.01", "NaN, 75", "50, NaN"})
    void shouldRefuseBoundsWhenNotStrictlyOrderedWithinRange(double amber, double green) {
        assertThatThrownBy(() -> new BandThresholds(amber, green)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldAcceptGreenAtHundredAndTinyAmber() {
        BandThresholds thresholds = new BandThresholds(0.5, 100);
        assertThat(thresholds.bandOf(HealthScore.of(0.4))).isEqualTo(HealthBand.RED);
        assertThat(thresholds.bandOf(HealthScore.of(99.9))).isEqualTo(HealthBand.AMBER);
        assertThat(thresholds.bandOf(HealthScore.MAX)).isEqualTo(HealthBand.GREEN);
    }

    @Test
    void shouldRankRedWorstWhenComparingBands() {
        assertThat(HealthBand.RED.isWorseThan(HealthBand.AMBER)).isTrue();
        assertThat(HealthBand.AMBER.isWorseThan(HealthBand.GREEN)).isTrue();
        assertThat(HealthBand.RED.isWorseThan(HealthBand.GREEN)).isTrue();
        assertThat(HealthBand.AMBER.isWorseThan(HealthBand.AMBER)).isFalse();
        assertThat(HealthBand.GREEN.isWorseThan(HealthBand.RED)).isFalse();
    }
}
