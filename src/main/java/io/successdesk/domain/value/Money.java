package io.successdesk.domain.value;

import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in integer minor units (cents for USD, yen for JPY) of one ISO-4217 currency.
 * Arithmetic never mixes currencies and never overflows silently.
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    /** @throws IllegalArgumentException when the code is not an ISO-4217 currency code */
    public static Money of(long minorUnits, String currencyCode) {
        return new Money(minorUnits, currency(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /** Parses an ISO-4217 code such as {@code EUR}; refuses lower case and unknown codes. */
    public static Currency currency(String currencyCode) {
        Objects.requireNonNull(currencyCode, "currencyCode");
        if (!currencyCode.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be a three-letter ISO-4217 code, got '" + currencyCode + "'");
        }
        try {
            return Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown ISO-4217 currency '" + currencyCode + "'", e);
        }
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(minorUnits), currency);
    }

    public boolean isNegative() {
        return minorUnits < 0;
    }

    public boolean isZero() {
        return minorUnits == 0;
    }

    public boolean isPositive() {
        return minorUnits > 0;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    public void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    @Override
    public String toString() {
        return minorUnits + " " + currency.getCurrencyCode() + " (minor units)";
    }
}
