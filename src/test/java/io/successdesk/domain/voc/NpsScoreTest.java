package io.successdesk.domain.voc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NpsScoreTest {

    // EqualsVerifier's generated ints fall outside 0–10 in ways the constructor refuses; equality by example.
    @Test
    void shouldBeEqualWithEqualHashCodesWhenAnswersAreEqual() {
        assertThat(NpsScore.of(9)).isEqualTo(NpsScore.of(9)).hasSameHashCodeAs(NpsScore.of(9));
        assertThat(NpsScore.of(9)).isNotEqualTo(NpsScore.of(10));
    }

    @ParameterizedTest
    @CsvSource({"0, DETRACTOR", "6, DETRACTOR", "7, PASSIVE", "8, PASSIVE", "9, PROMOTER", "10, PROMOTER"})
    void shouldCategoriseAnswerWhenOnEitherSideOfEachBound(int value, NpsCategory expected) {
        assertThat(NpsScore.of(value).category()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 11, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void shouldRefuseAnswerWhenOutsideZeroToTen(int value) {
        assertThatThrownBy(() -> NpsScore.of(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0–10");
    }
}
