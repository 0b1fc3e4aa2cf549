package io.successdesk.app.health;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.ManualOverride;

import java.util.Optional;

/** Port: the manual health override of each account (at most one per account, expired ones kept until replaced). */
public interface OverrideStore {

    Optional<ManualOverride> find(AccountKey account);

    /** Sets the account's override, replacing the previous one. */
    void put(AccountKey account, ManualOverride override);

    /** Removes the account's override; false when there was none. */
    boolean remove(AccountKey account);
}
