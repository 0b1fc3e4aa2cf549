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
