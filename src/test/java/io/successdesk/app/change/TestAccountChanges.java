package io.successdesk.app.change;

import io.successdesk.app.Transactions;
import io.successdesk.app.panel.summary.InMemoryPanelSummaryStore;
import io.successdesk.app.panel.summary.PanelSummaryStore;

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

    public static AccountChanges over(InMemoryAccountChangeLog log, PanelSummaryStore summaries) {
        return new AccountChanges(DIRECT, log, summaries, new AccountChangeSignal());
    }

    /** Marks into a log nobody reads, for tests of writes that do not look at the account-changed path. */
    public static AccountChanges discarding() {
        return over(new InMemoryAccountChangeLog(), new InMemoryPanelSummaryStore());
    }
}
