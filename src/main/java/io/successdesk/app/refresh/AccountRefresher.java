package io.successdesk.app.refresh;

import io.successdesk.domain.account.AccountKey;

import java.time.LocalDate;

/**
 * Port: the narrow view of the account refresh use case (health recompute, CTA evaluation) that ticket events and
 * the daily job need. {@link AccountRefreshService} implements it.
 */
public interface AccountRefresher {

    /** Recomputes the account's health and evaluates its CTA rules now. */
    void refreshAccount(AccountKey account);

    /** Takes the day's snapshot of every account; resumable, and running it twice for one day changes nothing. */
    void snapshotAllAccounts(LocalDate day);
}
