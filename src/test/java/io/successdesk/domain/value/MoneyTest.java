package io.successdesk.domain.value;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void shouldHonourEqualsContract() {
        EqualsVerifier.forClass(Money.class)
                .withPrefabValues(Currency.class, EUR, USD)
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }

    @Test
    void shouldAddAndSubtractWhenCurrenciesMatch() {
        // 1,250 + 750 = 2,000 ; 1,250 − 750 = 500 (minor units)
        assertThat(Money.of(1250, "EUR").plus(Money.of(750, "EUR"))).isEqualTo(Money.of(2000, "EUR"));
        assertThat(Money.of(1250, "EUR").minus(Money.of(750, "EUR"))).isEqualTo(Money.of(500, "EUR"));
        assertThat(Money.of(750, "EUR").minus(Money.of(1250, "EUR"))).isEqualTo(Money.of(-500, "EUR"));
    }

    @Test
    void shouldRefuseMixedCurrenciesWhenAddingSubtractingOrComparing() {
        Money euros = Money.of(100, "EUR");
        Money dollars = Money.of(100, "USD");
        assertThatThrownBy(() -> euros.plus(dollars)).isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("cannot combine EUR and USD amounts");
        assertThatThrownBy(() -> euros.minus(dollars)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> euros.compareTo(dollars)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> euros.max(dollars)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> euros.min(dollars)).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void shouldThrowInsteadOfWrappingWhenArithmeticOverflows() {
        Money max = new Money(Long.MAX_VALUE, EUR);
        Money min = new Money(Long.MIN_VALUE, EUR);
        Money one = new Money(1, EUR);
        assertThatThrownBy(() -> max.plus(one)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> min.minus(one)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(min::negate).isInstanceOf(ArithmeticException.class);
        assertThat(max.minus(one).plus(one)).isEqualTo(max);
        assertThat(max.negate()).isEqualTo(new Money(-Long.MAX_VALUE, EUR));
    }

    @Test
    void shouldReportSignWhenZeroPositiveOrNegative() {
        assertThat(Money.zero(EUR).isZero()).isTrue();
        assertThat(Money.zero(EUR).isPositive()).isFalse();
        assertThat(Money.zero(EUR).isNegative()).isFalse();
        assertThat(new Money(1, EUR).isPositive()).isTrue();
        assertThat(new Money(1, EUR).isZero()).isFalse();
        assertThat(new Money(-1, EUR).isNegative()).isTrue();
        assertThat(new Money(-1, EUR).isPositive()).isFalse();
    }

    @Test
    void shouldPickLargerAndSmallerWhenComparing() {
        Money small = Money.of(99, "USD");
        Money large = Money.of(100, "USD");
        assertThat(small.max(large)).isSameAs(large);
        assertThat(large.max(small)).isSameAs(large);
        assertThat(small.min(large)).isSameAs(small);
        assertThat(large.min(small)).isSameAs(small);
        assertThat(small.compareTo(large)).isNegative();
        assertThat(large.compareTo(small)).isPositive();
        assertThat(large.compareTo(Money.of(100, "USD"))).isZero();
    }

    @Test
    void shouldParseIsoCodesWhenUpperCaseAndKnown() {
        assertThat(Money.of(5, "JPY").currencyCode()).isEqualTo("JPY");
        assertThat(Money.currency("EUR")).isEqualTo(EUR);
        assertThatThrownBy(() -> Money.currency("eur")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("three-letter");
        assertThatThrownBy(() -> Money.currency("EURO")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.currency("QQQ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown ISO-4217 currency 'QQQ'");
        assertThatThrownBy(() -> new Money(1, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void shouldShowMinorUnitsAndCodeWhenPrinted() {
        assertThat(Money.of(1999, "EUR")).hasToString("1999 EUR (minor units)");
    }

    @Property
    void shouldUndoAdditionWhenSubtractingTheSameAmount(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long a,
                                                         @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long b) {
        Money left = new Money(a, USD);
        Money right = new Money(b, USD);
        assertThat(left.plus(right).minus(right)).isEqualTo(left);
        assertThat(left.plus(right)).isEqualTo(right.plus(left));
    }
}
