package io.successdesk.app.audit;

import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.domain.timeline.TimelineKind;
import io.successdesk.domain.timeline.TimelinePosition;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Port: the append-only audit trail of every state change (docs/product.md §10). */
public interface AuditLog {

    void record(AuditEntry entry);

    /** Newest first. */
    default Page<AuditEntry> recent(PageRequest page) {
        return find(AuditQuery.ALL, page);
    }

    /** The entries the query lists, newest first, one page with the total count. */
    Page<AuditEntry> find(AuditQuery query, PageRequest page);

    /**
     * At most {@code limit} entries the query lists, newest first, starting after {@code after} (the previous
     * slice's {@link AuditSlice#next}). The slice is found by its position, not by skipping the entries before it, so
     * a deep slice costs what the first does and entries recorded meanwhile do not shift it.
     *
     * @throws IllegalArgumentException when {@code limit} is below 1
     */
    AuditSlice findAfter(AuditQuery query, Optional<AuditCursor> after, int limit);

    /** How many entries the query lists. */
    long count(AuditQuery query);

    /**
     * Every entry the query lists, newest first (ties in the order they were recorded, latest first), read in batches
     * that continue after the last entry seen, so the cost of a batch does not grow with how many came before.
     */
    void forEach(AuditQuery query, Consumer<AuditEntry> action);

    /**
     * At most {@code limit} entries about the subjects strictly after {@code after} in timeline order, as entries of
     * {@code kind} ({@link NumberedAuditEntry#timelinePosition}), times to the millisecond; none when no subject id is
     * given.
     */
    List<NumberedAuditEntry> newestFirst(AuditSubjects subjects, TimelineKind kind, Optional<TimelinePosition> after,
                                         int limit);
}
