package io.successdesk.app.health;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.ManualOverride;

import java.time.Instant;
import java.util.Optional;

/** Port: the manual health override of each account (at most one per account, expired ones kept until replaced). */
public interface OverrideStore {

    Optional<ManualOverride> find(AccountKey account);

    /**
     * Sets the account's override in place of the one created at {@code replacing} (empty: in place of none), so an
     * override set by someone else since the caller looked is never silently replaced.
     *
     * @throws io.successdesk.app.ConflictException naming {@code replaces} when the account's override is not that one
     * @throws io.successdesk.app.NotFoundException when there is no such account
     */
    void put(AccountKey account, ManualOverride override, Optional<Instant> replacing);

    /** Removes the account's override; false when there was none. */
    boolean remove(AccountKey account);
}
