package io.successdesk.app.audit;

import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    public synchronized List<AuditEntry> all() {
        return List.copyOf(entries);
    }
}
