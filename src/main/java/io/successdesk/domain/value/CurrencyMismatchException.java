package io.successdesk.domain.value;

import java.util.Currency;

/** Thrown when amounts in two currencies would be combined; SuccessDesk never converts silently. */
public final class CurrencyMismatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public CurrencyMismatchException(Currency left, Currency right) {
        super("cannot combine " + left.getCurrencyCode() + " and " + right.getCurrencyCode() + " amounts");
    }
}
