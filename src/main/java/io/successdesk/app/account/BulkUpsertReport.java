package io.successdesk.app.account;

import io.successdesk.domain.account.AccountKey;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a bulk upsert, one entry per input row in input order. Either every row was valid and all
 * were written ({@code committed}), or none was written and the rejected rows say why.
 */
public record BulkUpsertReport(boolean committed, List<Row> rows) {

    public BulkUpsertReport {
        rows = List.copyOf(rows);
        if (committed && rows.stream().anyMatch(row -> row.outcome() == Outcome.REJECTED)) {
            throw new IllegalArgumentException("a committed upsert has no rejected rows");
        }
    }

    public long count(Outcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).count();
    }

    /** What happened (or, when not committed, would have happened) to one row. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED, REJECTED }

    /**
     * @param number   the row's position, from 1
     * @param account  the account the row creates or updates, when known
     * @param outcome  what the row does
     * @param errors   field → message for a rejected row; empty otherwise
     */
    public record Row(int number, Optional<AccountKey> account, Outcome outcome, Map<String, String> errors) {
        public Row {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(outcome, "outcome");
            errors = Map.copyOf(errors);
            if ((outcome == Outcome.REJECTED) == errors.isEmpty()) {
                throw new IllegalArgumentException("exactly the rejected rows carry errors");
            }
        }
    }
}
