package io.successdesk.app.link;

import io.successdesk.domain.account.AccountKey;

import java.util.Optional;

/** Port: the manual issue → account links, keyed by issue id (the key changes when an issue moves). */
public interface ManualLinkStore {

    Optional<AccountKey> linkOf(long issueId);

    /** Sets or replaces the issue's link. */
    void put(long issueId, AccountKey account);

    /** Removes the link; false when there was none. */
    boolean remove(long issueId);
}
