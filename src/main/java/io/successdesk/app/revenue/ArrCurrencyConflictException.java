package io.successdesk.app.revenue;

import io.successdesk.app.ConflictException;
import io.successdesk.domain.revenue.ArrSnapshot;

import java.util.Currency;
import java.util.Objects;

/**
 * An ARR row for an account and month that is already stored in another currency (REST answers 409 naming the
 * {@code currency} field). Moving a month between currency series silently would change two series at once.
 */
public final class ArrCurrencyConflictException extends ConflictException {
    private static final long serialVersionUID = 1L;

    private final transient ArrSnapshot snapshot;

    public ArrCurrencyConflictException(ArrSnapshot snapshot, Currency stored) {
        this("currency", snapshot, stored);
    }

    private ArrCurrencyConflictException(String field, ArrSnapshot snapshot, Currency stored) {
        super(field, "account " + snapshot.account() + " already has ARR for " + snapshot.month() + " in "
                + stored.getCurrencyCode() + ", not " + snapshot.arr().currencyCode()
                + "; correct it in " + stored.getCurrencyCode() + " (a month belongs to one currency series)");
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
    }

    /** The refused snapshot. */
    public ArrSnapshot snapshot() {
        return snapshot;
    }

    /** The same conflict naming {@code field} (e.g. {@code rows[3].currency}). */
    public ConflictException naming(String field) {
        return new ConflictException(field, Objects.requireNonNullElse(getMessage(), toString()));
    }
}
