package io.successdesk.store.ao.testing;

/**
 * Makes Active Objects' own transactions run at READ COMMITTED, as app transactions do inside Jira (Jira's
 * transaction template leaves the connection at the database's default, READ COMMITTED on PostgreSQL). AO's
 * {@code DatabaseProvider.startTransaction} asks for SERIALIZABLE unless the system property
 * {@value #PROPERTY} says otherwise; SERIALIZABLE would turn the races the store tests are meant to prove into
 * serialization failures and hide missing constraints. {@code -Dao.transaction.isolation.level=TRANSACTION_SERIALIZABLE}
 * still selects the stricter level for an experiment.
 */
public final class JiraTransactionIsolation {

    static final String PROPERTY = "ao.transaction.isolation.level";

    private JiraTransactionIsolation() {
    }

    /** Idempotent; call before the first AO transaction of the JVM. */
    public static void apply() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "TRANSACTION_READ_COMMITTED");
        }
    }
}
