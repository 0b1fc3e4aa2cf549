package io.successdesk.domain.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Merges per-kind timeline sources into pages of one newest-first account timeline. Paging is by position,
 * not by offset: a page holds the entries strictly after a cursor, so entries added meanwhile at the top
 * never shift what the next page shows.
 */
public final class Timeline {

    /** The largest page a caller may ask for. */
    public static final int MAX_PAGE_SIZE = 200;

    private Timeline() {
    }

    /**
     * One page of the merged timeline.
     *
     * @param sources each source's entries in timeline order (see {@link TimelinePosition}); for a complete
     *                page each source must hold all its entries after {@code after}, or at least its first
     *                {@code limit + 1} of them
     * @param after   the cursor: only entries strictly after it count; empty for the newest page
     * @param limit   page size, 1–{@value #MAX_PAGE_SIZE}
     * @throws IllegalArgumentException when a source is not in timeline order or the limit is out of range
     */
    public static TimelinePage page(List<List<TimelineEntry>> sources, Optional<TimelinePosition> after, int limit) {
        requireValidLimit(limit);
        PriorityQueue<Cursor> heads = new PriorityQueue<>(
                (left, right) -> TimelineEntry.TIMELINE_ORDER.compare(left.current(), right.current()));
        for (int index = 0; index < sources.size(); index++) {
            List<TimelineEntry> source = sources.get(index);
            requireSorted(source, index);
            List<TimelineEntry> remaining = source.stream()
                    .filter(entry -> after.map(cursor -> cursor.isFollowedBy(entry.position())).orElse(true))
                    .toList();
            if (!remaining.isEmpty()) {
                heads.add(new Cursor(remaining, 0));
            }
        }
        List<TimelineEntry> merged = new ArrayList<>();
        while (!heads.isEmpty() && merged.size() <= limit) {
            Cursor head = heads.poll();
            merged.add(head.current());
            if (head.index() + 1 < head.entries().size()) {
                heads.add(new Cursor(head.entries(), head.index() + 1));
            }
        }
        if (merged.size() <= limit) {
            return new TimelinePage(merged, Optional.empty());
        }
        List<TimelineEntry> page = merged.subList(0, limit);
        return new TimelinePage(page, Optional.of(page.get(limit - 1).position()));
    }

    private static void requireValidLimit(int limit) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("timeline page size must be 1–" + MAX_PAGE_SIZE + ", got " + limit);
        }
    }

    private static void requireSorted(List<TimelineEntry> source, int index) {
        for (int i = 1; i < source.size(); i++) {
            if (TimelineEntry.TIMELINE_ORDER.compare(source.get(i - 1), source.get(i)) >= 0) {
                throw new IllegalArgumentException("timeline source " + index + " is not strictly in timeline order at entry "
                        + i + " (" + source.get(i).position().token() + ")");
            }
        }
    }

    private record Cursor(List<TimelineEntry> entries, int index) {
        TimelineEntry current() {
            return entries.get(index);
        }
    }
}
