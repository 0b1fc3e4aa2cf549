package io.successdesk.app.validation;

import io.successdesk.app.revenue.RetentionView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnumNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"trailing-twelve-months", "TRAILING_TWELVE_MONTHS", "Trailing-Twelve-Months",
            " trailing_twelve-MONTHS "})
    void shouldReadAnyCaseWithDashOrUnderscoreWhenParsing(String text) {
        assertThat(EnumNames.parse(text, RetentionView.class)).isEqualTo(RetentionView.TRAILING_TWELVE_MONTHS);
    }

    @Test
    void shouldWriteLowerCaseWithDashesAndNameTheChoicesTheSameWay() {
        assertThat(EnumNames.of(RetentionView.TRAILING_TWELVE_MONTHS)).isEqualTo("trailing-twelve-months");
        assertThat(EnumNames.choices(RetentionView.class))
                .containsExactly("monthly", "quarterly", "trailing-twelve-months", "between");
        assertThatThrownBy(() -> EnumNames.parse("t12m", RetentionView.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must be one of [monthly, quarterly, trailing-twelve-months, between]");
    }
}
