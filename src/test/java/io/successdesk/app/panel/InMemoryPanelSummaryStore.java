package io.successdesk.app.panel;

import io.successdesk.app.change.AccountChangeLog;
import io.successdesk.domain.account.AccountKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test fake of the {@link PanelSummaryStore} port with the store's freshness rule: a summary is served only while
 * the account has no account-change mark newer than the one it reflects. Remembers which accounts were invalidated.
 */
public final class InMemoryPanelSummaryStore implements PanelSummaryStore {

    private record Stored(PanelSummary summary, long reflectsMark) {
    }

    private final Map<AccountKey, Stored> summaries = new HashMap<>();
    private final List<AccountKey> invalidated = new ArrayList<>();
    private final AccountChangeLog marks;

    /** Over the marks of {@code marks}. */
    public InMemoryPanelSummaryStore(AccountChangeLog marks) {
        this.marks = marks;
    }

    /** With no account ever marked. */
    public InMemoryPanelSummaryStore() {
        this(new io.successdesk.app.change.InMemoryAccountChangeLog());
    }

    @Override
    public synchronized Optional<PanelSummary> get(AccountKey account) {
        return Optional.ofNullable(summaries.get(account))
                .filter(stored -> marks.newestMark(account) <= stored.reflectsMark()).map(Stored::summary);
    }

    @Override
    public synchronized void put(PanelSummary summary, long reflectsMark) {
        Stored stored = summaries.get(summary.account());
        if (stored == null || stored.reflectsMark() <= reflectsMark) {
            summaries.put(summary.account(), new Stored(summary, reflectsMark));
        }
    }

    @Override
    public synchronized void invalidate(AccountKey account) {
        summaries.remove(account);
        invalidated.add(account);
    }

    /** The accounts invalidated so far, in order. */
    public synchronized List<AccountKey> invalidated() {
        return List.copyOf(invalidated);
    }
}
