package io.successdesk.app.audit;

import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.domain.timeline.TimelineKind;
import io.successdesk.domain.timeline.TimelinePosition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Test fake of the {@link AuditLog} port. */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized Page<AuditEntry> find(AuditQuery query, PageRequest page) {
        List<AuditEntry> newestFirst = entries.stream().filter(query::matches)
                .sorted(Comparator.comparing(AuditEntry::at).reversed()).toList();
        int from = Math.min(page.offset(), newestFirst.size());
        int to = Math.min(from + page.limit(), newestFirst.size());
        return Page.of(newestFirst.subList(from, to), page, newestFirst.size());
    }

    /** Cursor ids are places in the order of recording, counted from 1. */
    @Override
    public synchronized AuditSlice findAfter(AuditQuery query, Optional<AuditCursor> after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, got " + limit);
        }
        List<AuditCursor> newestFirst = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            AuditCursor place = new AuditCursor(entries.get(i).at(), i + 1L);
            if (query.matches(entries.get(i)) && after.map(cursor -> cursor.isBefore(place.at(), place.id())).orElse(true)) {
                newestFirst.add(place);
            }
        }
        newestFirst.sort(Comparator.comparing(AuditCursor::at).thenComparingLong(AuditCursor::id).reversed());
        List<AuditCursor> slice = newestFirst.subList(0, Math.min(limit, newestFirst.size()));
        return new AuditSlice(slice.stream().map(place -> entries.get((int) place.id() - 1)).toList(),
                newestFirst.size() > limit ? Optional.of(slice.get(slice.size() - 1)) : Optional.empty());
    }

    @Override
    public synchronized long count(AuditQuery query) {
        return entries.stream().filter(query::matches).count();
    }

    @Override
    public void forEach(AuditQuery query, java.util.function.Consumer<AuditEntry> action) {
        List<AuditEntry> newestFirst;
        synchronized (this) {
            List<AuditEntry> recordedOrder = new ArrayList<>(entries);
            java.util.Collections.reverse(recordedOrder);
            newestFirst = recordedOrder.stream().filter(query::matches)
                    .sorted(Comparator.comparing(AuditEntry::at).reversed()).toList();
        }
        newestFirst.forEach(action);
    }

    @Override
    public synchronized List<NumberedAuditEntry> newestFirst(AuditSubjects subjects, TimelineKind kind,
                                                             Optional<TimelinePosition> after, int limit) {
        List<NumberedAuditEntry> numbered = new ArrayList<>();
        for (int index = 0; index < entries.size(); index++) {
            numbered.add(new NumberedAuditEntry(index + 1, entries.get(index)));
        }
        return numbered.stream().filter(entry -> subjects.matches(entry.entry()))
                .filter(entry -> after.map(cursor -> cursor.isFollowedBy(entry.timelinePosition(kind))).orElse(true))
                .sorted(Comparator.comparing(entry -> entry.timelinePosition(kind)))
                .limit(limit).toList();
    }

    public synchronized List<AuditEntry> all() {
        return List.copyOf(entries);
    }
}
