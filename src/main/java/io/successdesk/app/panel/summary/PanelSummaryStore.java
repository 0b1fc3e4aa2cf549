package io.successdesk.app.panel.summary;

import io.successdesk.domain.account.AccountKey;

import java.util.Optional;

/** Port: the issue panel's read model, one summary per account. */
public interface PanelSummaryStore {

    /** The account's stored summary; empty when it was never assembled or was invalidated since. */
    Optional<PanelSummary> get(AccountKey account);

    /** Stores the summary, replacing the account's earlier one. */
    void put(PanelSummary summary);

    /** Drops the account's summary (after a write that changes what the panel shows); the next view assembles it. */
    void invalidate(AccountKey account);
}
