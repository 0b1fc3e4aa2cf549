package io.successdesk.domain.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextsTest {

    @Test
    void shouldMeasureTheLengthAfterStrippingWhenChecked() {
        assertThat(Texts.required("  abc  ", "name", 3)).isEqualTo("abc");
        assertThatThrownBy(() -> Texts.required("abcd", "name", 3)).hasMessage("name must be at most 3 characters");
        assertThat(Texts.problemWithRequired("abc", 3)).isEmpty();
        assertThat(Texts.problemWithRequired("abcd", 3)).contains("must be at most 3 characters");
    }

    @Test
    void shouldTreatNullAndBlankAsMissingOnlyWhenRequired() {
        assertThat(Texts.problemWithRequired(null, 3)).contains("is required");
        assertThat(Texts.problemWithRequired(" \t", 3)).contains("is required");
        assertThat(Texts.problemWithOptional(null, 3)).isEmpty();
        assertThat(Texts.optional("  ", "criteria", 3)).isEmpty();
        assertThatThrownBy(() -> Texts.optional("abcd", "criteria", 3)).hasMessage("criteria must be at most 3 characters");
    }
}
