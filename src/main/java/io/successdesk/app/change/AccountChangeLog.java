package io.successdesk.app.change;

import io.successdesk.domain.account.AccountKey;

import java.util.List;
import java.util.Objects;

/**
 * Port: the durable marks of accounts whose shown state is out of date. A mark is written in the transaction of the
 * write that made it, so it exists exactly when the write committed, and it outlives a crash of the node.
 */
public interface AccountChangeLog {

    /** Marks the account; joins the caller's transaction. Never conflicts with a concurrent mark of the same account. */
    void mark(AccountKey account);

    /**
     * The marked accounts, the longest-waiting first, each with its newest mark at the time of reading.
     *
     * @param limit most accounts to return, 1–{@value #MAX_PENDING}
     */
    List<Pending> pending(int limit);

    /**
     * Removes the account's marks up to and including {@code pending.upTo()}; a mark made after it was read stays,
     * so a write that lands while the account is being brought current is never lost.
     */
    void done(Pending pending);

    /**
     * The id of the account's newest mark, 0 when it has none. A panel summary records the newest mark it has seen;
     * a newer mark means a write has changed the account since, so the summary is out of date.
     */
    long newestMark(AccountKey account);

    /** Largest batch {@link #pending} returns. */
    int MAX_PENDING = 500;

    /**
     * A marked account.
     *
     * @param account the account
     * @param upTo    the id of its newest mark when it was read
     */
    record Pending(AccountKey account, long upTo) {
        public Pending {
            Objects.requireNonNull(account, "account");
        }
    }
}
