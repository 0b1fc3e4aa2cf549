package io.successdesk.domain.timeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of an account timeline, newest first, and the cursor for the next (older) page: present exactly
 * when more entries exist, and equal to the position of the page's last entry.
 */
public record TimelinePage(List<TimelineEntry> entries, Optional<TimelinePosition> next) {

    public TimelinePage {
        entries = List.copyOf(entries);
        Objects.requireNonNull(next, "next");
    }

    public boolean hasMore() {
        return next.isPresent();
    }
}
