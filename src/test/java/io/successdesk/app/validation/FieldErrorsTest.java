package io.successdesk.app.validation;

import io.successdesk.app.InvalidInputException;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.voc.CsatRating;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FieldErrorsTest {

    @Test
    void shouldReportEveryBadFieldOnceWhenThrown() {
        FieldErrors errors = new FieldErrors();
        assertThat(errors.requiredText("title", " ", 10)).isNull();
        assertThat(errors.<String>required("due", null)).isNull();
        assertThat(errors.accountKey("account", "acme")).isNull();
        errors.add("title", "second problem is ignored");
        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, errors::throwIfAny);
        assertThat(thrown.errors()).containsEntry("title", "is required").containsEntry("due", "is required")
                .containsKey("account").hasSize(3);
    }

    @Test
    void shouldReturnCleanValuesAndNotThrowWhenAllFieldsAreGood() {
        FieldErrors errors = new FieldErrors();
        assertThat(errors.requiredText("title", " Plan ", 10)).isEqualTo("Plan");
        assertThat(errors.optionalText("note", null, 10)).isEmpty();
        assertThat(errors.accountKey("account", "ACME")).isEqualTo(AccountKey.of("ACME"));
        assertThat(errors.accountKey("other", "")).isNull();
        assertThat(errors.isEmpty()).isFalse();
        FieldErrors clean = new FieldErrors();
        clean.throwIfAny();
        assertThat(clean.isEmpty()).isTrue();
    }

    @Test
    void shouldRecordMissingOrRefusedValueWhenParsing() {
        FieldErrors errors = new FieldErrors();
        assertThat(errors.parse("rating", 4, CsatRating::of)).isEqualTo(CsatRating.of(4));
        assertThat(errors.isEmpty()).isTrue();
        assertThat(errors.<Integer, CsatRating>parse("missing", null, CsatRating::of)).isNull();
        assertThat(errors.parse("rating", 6, CsatRating::of)).isNull();
        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, errors::throwIfAny);
        assertThat(thrown.errors()).containsEntry("missing", "is required").containsKey("rating").hasSize(2);
        assertThat(thrown.errors().get("rating")).isNotBlank().isNotEqualTo("is required");
    }
}
