package io.successdesk.app.timeline;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.timeline.TimelineEntry;
import io.successdesk.domain.timeline.TimelinePosition;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test fake of a {@link TimelineSource}: fixed entries per account, served in timeline order. */
public final class ListTimelineSource implements TimelineSource {

    private final Map<AccountKey, List<TimelineEntry>> entries;

    public ListTimelineSource(Map<AccountKey, List<TimelineEntry>> entries) {
        this.entries = Map.copyOf(entries);
    }

    @Override
    public List<TimelineEntry> entries(AccountKey account, Optional<TimelinePosition> after, int limit) {
        return entries.getOrDefault(account, List.of()).stream()
                .filter(entry -> after.map(cursor -> cursor.isFollowedBy(entry.position())).orElse(true))
                .sorted(TimelineEntry.TIMELINE_ORDER)
                .limit(limit)
                .toList();
    }
}
