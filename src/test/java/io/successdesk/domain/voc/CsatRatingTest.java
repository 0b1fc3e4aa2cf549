package io.successdesk.domain.voc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsatRatingTest {

    // EqualsVerifier's generated ints (0, 1, …) fall outside 1–5; equality by example.
    @Test
    void shouldBeEqualWithEqualHashCodesWhenRatingsAreEqual() {
        assertThat(CsatRating.of(4)).isEqualTo(CsatRating.of(4)).hasSameHashCodeAs(CsatRating.of(4));
        assertThat(CsatRating.of(4)).isNotEqualTo(CsatRating.of(5));
    }

    @ParameterizedTest
    @CsvSource({"1, false", "2, false", "3, false", "4, true", "5, true"})
    void shouldCountOnlyFourAndFiveAsSatisfied(int value, boolean satisfied) {
        assertThat(CsatRating.of(value).isSatisfied()).isEqualTo(satisfied);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void shouldRefuseRatingWhenOutsideOneToFive(int value) {
        assertThatThrownBy(() -> CsatRating.of(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1–5");
    }
}
