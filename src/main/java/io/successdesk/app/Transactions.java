package io.successdesk.app;

import java.util.function.Supplier;

/**
 * Port: all-or-nothing units of work over the app's stores. A call inside another joins it, so a use case can wrap
 * several store writes (and the account-changed mark) in one transaction.
 */
public interface Transactions {

    /** Runs {@code work} in a transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(Supplier<T> work);
}
