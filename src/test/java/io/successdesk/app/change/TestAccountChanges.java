package io.successdesk.app.change;

import io.successdesk.app.Transactions;

import java.util.function.Supplier;

/** {@link AccountChanges} over in-memory fakes for app-layer tests. */
public final class TestAccountChanges {

    /** Runs the work as it is: the in-memory fakes have no transactions to roll back. */
    public static final Transactions DIRECT = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };

    private TestAccountChanges() {
    }

    public static AccountChanges over(InMemoryAccountChangeLog log) {
        return new AccountChanges(DIRECT, log, new AccountChangeSignal());
    }

    /** Marks into a log nobody reads, for tests of writes that do not look at the account-changed path. */
    public static AccountChanges discarding() {
        return over(new InMemoryAccountChangeLog());
    }
}
