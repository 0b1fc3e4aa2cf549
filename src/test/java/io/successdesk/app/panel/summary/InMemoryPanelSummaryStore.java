package io.successdesk.app.panel.summary;

import io.successdesk.domain.account.AccountKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test fake of the {@link PanelSummaryStore} port; remembers which accounts were invalidated. */
public final class InMemoryPanelSummaryStore implements PanelSummaryStore {

    private final Map<AccountKey, PanelSummary> summaries = new HashMap<>();
    private final List<AccountKey> invalidated = new ArrayList<>();

    @Override
    public synchronized Optional<PanelSummary> get(AccountKey account) {
        return Optional.ofNullable(summaries.get(account));
    }

    @Override
    public synchronized void put(PanelSummary summary) {
        summaries.put(summary.account(), summary);
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
