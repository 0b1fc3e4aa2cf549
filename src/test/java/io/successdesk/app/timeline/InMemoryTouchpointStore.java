package io.successdesk.app.timeline;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.timeline.TimelineEntry;
import io.successdesk.domain.timeline.TimelinePosition;
import io.successdesk.domain.timeline.Touchpoint;
import io.successdesk.domain.timeline.TouchpointId;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test fake of the {@link TouchpointStore} port. */
public final class InMemoryTouchpointStore implements TouchpointStore {

    private final Map<TouchpointId, Touchpoint> touchpoints = new LinkedHashMap<>();

    @Override
    public synchronized void save(Touchpoint touchpoint) {
        if (touchpoints.putIfAbsent(touchpoint.id(), touchpoint) != null) {
            throw new IllegalStateException("touchpoint " + touchpoint.id() + " already exists");
        }
    }

    @Override
    public synchronized Optional<Touchpoint> get(TouchpointId id) {
        return Optional.ofNullable(touchpoints.get(id));
    }

    @Override
    public synchronized List<Touchpoint> newestFirst(AccountKey account, Optional<TimelinePosition> after, int limit) {
        return touchpoints.values().stream()
                .filter(touchpoint -> touchpoint.account().equals(account))
                .filter(touchpoint -> after.map(cursor -> cursor.isFollowedBy(position(touchpoint))).orElse(true))
                .sorted(Comparator.comparing(InMemoryTouchpointStore::position))
                .limit(limit)
                .toList();
    }

    private static TimelinePosition position(Touchpoint touchpoint) {
        TimelineEntry entry = touchpoint.toTimelineEntry();
        return entry.position();
    }
}
