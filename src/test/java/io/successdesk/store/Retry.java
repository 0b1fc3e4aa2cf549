package io.successdesk.store;

import java.sql.SQLException;

/**
 * What a caller does when the database refuses a transaction that lost a race it cannot wait out (SQLSTATE class 40:
 * a serialization failure under {@code -Dao.transaction.isolation.level=TRANSACTION_SERIALIZABLE}, or a deadlock):
 * the whole transaction was rolled back, so it is simply run again.
 */
final class Retry {

    private Retry() {
    }

    static void onSerializationFailure(Runnable transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.run();
                return;
            } catch (RuntimeException e) {
                if (attempt >= 50 || !isSerializationFailure(e)) {
                    throw e;
                }
                Thread.onSpinWait();
            }
        }
    }

    private static boolean isSerializationFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
