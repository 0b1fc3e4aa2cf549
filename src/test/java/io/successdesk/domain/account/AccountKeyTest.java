package io.successdesk.domain.account;

import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountKeyTest {

    @Test
    void shouldHonourEqualsContract() {
        EqualsVerifier.forClass(AccountKey.class)
                .withPrefabValues(String.class, "ACME", "GLOBEX")
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB", "A1", "A_", "ACME", "ACME_EU_2", "ABCDEFGHIJKLMNOPQRST"})
    void shouldAcceptKeyWhenUpperCaseLetterThenOneToNineteenMore(String key) {
        assertThat(AccountKey.of(key).value()).isEqualTo(key);
        assertThat(AccountKey.isValid(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "ABCDEFGHIJKLMNOPQRSTU", "acme", "Acme", "1ACME", "_ACME", "AC-ME", "AC ME", " ACME", "ÄCME"})
    void shouldRefuseKeyWhenFormatIsWrong(String key) {
        assertThat(AccountKey.isValid(key)).isFalse();
        assertThatThrownBy(() -> AccountKey.of(key)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("account key must be 2–20 characters");
    }

    @Test
    void shouldRefuseNullWhenConstructedAndSayInvalidWhenChecked() {
        assertThatThrownBy(() -> AccountKey.of(null)).isInstanceOf(NullPointerException.class);
        assertThat(AccountKey.isValid(null)).isFalse();
    }

    @Test
    void shouldOrderAlphabeticallyAndPrintBareValue() {
        assertThat(AccountKey.of("ACME")).isLessThan(AccountKey.of("ACMF"));
        assertThat(AccountKey.of("AB")).isLessThan(AccountKey.of("ABC"));
        assertThat(AccountKey.of("ACME")).hasToString("ACME");
    }
}
