package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import io.successdesk.app.ConflictException;
import java.sql.SQLException;

/**
 * Runs a check-then-insert transaction. The check runs inside the transaction; the unique column behind it is the
 * backstop when another node or thread inserts the same key between our check and our insert. That insert then
 * fails with an integrity violation (or, at a stricter isolation than Jira's READ COMMITTED, a serialization failure;
 * on H2 a concurrent-update error); the whole transaction is rolled back and run again after a short random pause, and its
 * check now sees the winner's row. Only these conflict failures are retried, a bounded number of times.
 */
final class ConflictRetry {

    private static final int ATTEMPTS = 10;
    private static final String H2_CONCURRENT_UPDATE = "90131";

    private ConflictRetry() {
    }

    static <T> T inTransaction(ActiveObjects ao, TransactionCallback<T> checkThenInsert) {
        for (int attempt = 1; ; attempt++) {
            try {
                return ao.executeInTransaction(checkThenInsert);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isKeyConflict(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    static boolean isKeyConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    String state = s.getSQLState();
                    if (state != null && (state.startsWith("23") || state.startsWith("40")
                            || state.equals(H2_CONCURRENT_UPDATE))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * {@code failure} as a {@link ConflictException} on {@code field} when the database refused a write for a unique
     * constraint (SQLSTATE class 23, every database's "integrity constraint violation"; H2's concurrent update), else
     * {@code failure} itself. For a write inside a surrounding transaction, which cannot be retried on its own: the
     * transaction is already doomed, and the caller gets a 409 instead of a 500.
     */
    static RuntimeException uniqueViolationAs(RuntimeException failure, String field, String message) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    String state = s.getSQLState();
                    if (state != null && (state.startsWith("23") || state.equals(H2_CONCURRENT_UPDATE))) {
                        ConflictException conflict = new ConflictException(field, message);
                        conflict.initCause(failure);
                        return conflict;
                    }
                }
            }
        }
        return failure;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(attempt * (5L + java.util.concurrent.ThreadLocalRandom.current().nextLong(20)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a conflicting transaction", e);
        }
    }
}
