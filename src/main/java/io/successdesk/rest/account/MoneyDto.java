package io.successdesk.rest.account;

/** Money on the wire: {@code {"minorUnits": 1250000, "currency": "EUR"}} (integer minor units, ISO-4217 code). */
public record MoneyDto(Long minorUnits, String currency) {
}
