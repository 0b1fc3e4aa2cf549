package io.successdesk.app.link;

import io.successdesk.domain.account.AccountKey;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Test fake (and sandbox stand-in) of the {@link ManualLinkStore} port. */
public final class InMemoryManualLinkStore implements ManualLinkStore {

    private final Map<Long, AccountKey> links = new HashMap<>();

    @Override
    public synchronized Optional<AccountKey> linkOf(long issueId) {
        return Optional.ofNullable(links.get(issueId));
    }

    @Override
    public synchronized void put(long issueId, AccountKey account) {
        links.put(issueId, account);
    }

    @Override
    public synchronized boolean remove(long issueId) {
        return links.remove(issueId) != null;
    }
}
