package io.successdesk.app.change;

import io.successdesk.app.Transactions;
import io.successdesk.domain.account.AccountKey;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one path of every write that changes what an account shows (tickets, CSAT, NPS, survey answers, touchpoints,
 * manual inputs, overrides, ARR, plans, CTAs, account edits, links). The write and a durable mark of each account it
 * changed commit together; then this node's {@code AccountChangeProcessor} is woken to bring the accounts current
 * (health, CTAs, panel summary). The mark alone makes a stored panel summary out of date (it is newer than the mark
 * the summary reflects), so until the processor has run, a panel view assembles the summary from the current state
 * and no view ever shows the state before the write. The write touches no row the processor writes, so the two never
 * conflict.
 */
@Named
public class AccountChanges {

    private final Transactions transactions;
    private final AccountChangeLog log;
    private final AccountChangeSignal signal;

    @Inject
    public AccountChanges(Transactions transactions, AccountChangeLog log, AccountChangeSignal signal) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.log = Objects.requireNonNull(log, "log");
        this.signal = Objects.requireNonNull(signal, "signal");
    }

    /** Runs a write that changes {@code account}; see {@link #write(Function)}. */
    public <T> T write(AccountKey account, Supplier<T> write) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(write, "write");
        return write(changed -> {
            T result = write.get();
            changed.add(account);
            return result;
        });
    }

    /**
     * Runs {@code write}, which reports every account it changes to the {@link ChangedAccounts} it is given, and
     * marks those accounts, all in one transaction: when the write throws, nothing of it and no mark remains.
     */
    public <T> T write(Function<ChangedAccounts, T> write) {
        Objects.requireNonNull(write, "write");
        T result = transactions.inTransaction(() -> {
            ChangedAccounts changed = new ChangedAccounts();
            T written = write.apply(changed);
            changed.accounts().forEach(log::mark);
            return written;
        });
        signal.changed();
        return result;
    }
}
