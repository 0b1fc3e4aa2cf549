package io.successdesk.app.panel;

import io.successdesk.domain.account.AccountKey;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Port: the issue panel's read model, one summary per account. */
public interface PanelSummaryStore {

    /**
     * The account's stored summary while it is current: empty when none was stored, it was invalidated, or the
     * account has an account-change mark newer than the one the summary reflects (a write changed the account since).
     */
    Optional<PanelSummary> get(AccountKey account);

    /**
     * {@link #get} of each account (at most {@link #MAX_BATCH}), for a table of accounts: only the current summaries
     * are in the map. Stores read them in one statement per table instead of two per account.
     */
    default Map<AccountKey, PanelSummary> getAll(Collection<AccountKey> accounts) {
        Map<AccountKey, PanelSummary> current = new LinkedHashMap<>();
        accounts.forEach(account -> get(account).ifPresent(summary -> current.put(account, summary)));
        return current;
    }

    /** Most accounts in one {@link #getAll}: a page of an account table. */
    int MAX_BATCH = 500;

    /**
     * Stores the summary, replacing the account's earlier one; it reflects the account's state as of account-change
     * mark {@code reflectsMark} (0: none); a summary reflecting an older mark than the stored one's is not stored.
     */
    void put(PanelSummary summary, long reflectsMark);

    /** Drops the account's summary (after a write that changes what the panel shows); the next view assembles it. */
    void invalidate(AccountKey account);
}
