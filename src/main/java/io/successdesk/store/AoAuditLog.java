package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.audit.AuditCursor;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.AuditLog;
import io.successdesk.app.audit.AuditQuery;
import io.successdesk.app.audit.AuditSlice;
import io.successdesk.app.audit.AuditSubjects;
import io.successdesk.app.audit.NumberedAuditEntry;
import io.successdesk.domain.timeline.MillisecondKeyset;
import io.successdesk.domain.timeline.TimelineKind;
import io.successdesk.domain.timeline.TimelinePosition;
import io.successdesk.store.ao.AuditRow;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** The audit trail in Active Objects. Times are kept to the millisecond; entries of the same millisecond list newest-inserted first. */
@Named
public final class AoAuditLog implements AuditLog {

    /** Rows a read of {@link #forEach(AuditQuery, Consumer)} fetches. */
    private static final int EXPORT_BATCH = 500;
    private static final String NEWEST_FIRST = AuditRow.OCCURRED_AT + " DESC, ID DESC";

    private final ActiveObjects ao;

    @Inject
    public AoAuditLog(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void record(AuditEntry entry) {
        ao.executeInTransaction(() -> ao.create(AuditRow.class,
                new DBParam(AuditRow.OCCURRED_AT, entry.at().toEpochMilli()),
                new DBParam(AuditRow.ACTOR, entry.actor()),
                new DBParam(AuditRow.AUDIT_ACTION, entry.action()),
                new DBParam(AuditRow.SUBJECT_TYPE, entry.subjectType()),
                new DBParam(AuditRow.SUBJECT_ID, entry.subjectId()),
                new DBParam(AuditRow.BEFORE_STATE, entry.before().filter(text -> !text.isBlank()).orElse(null)),
                new DBParam(AuditRow.AFTER_STATE, entry.after().filter(text -> !text.isBlank()).orElse(null))).getID());
    }

    @Override
    public Page<AuditEntry> find(AuditQuery query, PageRequest page) {
        Criteria criteria = criteria(query);
        return ao.executeInTransaction(() -> {
            int total = ao.count(AuditRow.class, criteria.applyTo(Query.select()));
            AuditRow[] rows = ao.find(AuditRow.class, criteria.applyTo(Query.select())
                    .order(NEWEST_FIRST).offset(page.offset()).limit(page.limit()));
            return Page.of(Arrays.stream(rows).map(AoAuditLog::toEntry).toList(), page, total);
        });
    }

    @Override
    public AuditSlice findAfter(AuditQuery query, Optional<AuditCursor> after, int limit) {
        Objects.requireNonNull(after, "after");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, got " + limit);
        }
        Criteria criteria = criteria(query);
        after.ifPresent(cursor -> olderThan(criteria, cursor.at().toEpochMilli(), cursor.id()));
        AuditRow[] rows = ao.executeInTransaction(() -> ao.find(AuditRow.class, criteria.applyTo(Query.select())
                .order(NEWEST_FIRST).limit(limit + 1)));
        List<AuditRow> slice = Arrays.asList(rows).subList(0, Math.min(limit, rows.length));
        Optional<AuditCursor> next = rows.length > limit
                ? Optional.of(cursorOf(slice.get(slice.size() - 1))) : Optional.empty();
        return new AuditSlice(slice.stream().map(AoAuditLog::toEntry).toList(), next);
    }

    @Override
    public long count(AuditQuery query) {
        Criteria criteria = criteria(query);
        return ao.executeInTransaction(() -> (long) ao.count(AuditRow.class, criteria.applyTo(Query.select())));
    }

    @Override
    public void forEach(AuditQuery query, Consumer<AuditEntry> action) {
        forEach(query, action, EXPORT_BATCH);
    }

    /** As {@link #forEach(AuditQuery, Consumer)}, {@code batch} rows a read (each read its own transaction). */
    void forEach(AuditQuery query, Consumer<AuditEntry> action, int batch) {
        Objects.requireNonNull(action, "action");
        Optional<AuditRow> last = Optional.empty();
        while (true) {
            Criteria criteria = criteria(query);
            last.ifPresent(row -> olderThan(criteria, row.getOccurredAt(), row.getID()));
            AuditRow[] rows = ao.executeInTransaction(() -> ao.find(AuditRow.class, criteria.applyTo(Query.select())
                    .order(NEWEST_FIRST).limit(batch)));
            Arrays.stream(rows).map(AoAuditLog::toEntry).forEach(action);
            if (rows.length < batch) {
                return;
            }
            last = Optional.of(rows[rows.length - 1]);
        }
    }

    @Override
    public List<NumberedAuditEntry> newestFirst(AuditSubjects subjects, TimelineKind kind,
                                                Optional<TimelinePosition> after, int limit) {
        Objects.requireNonNull(subjects, "subjects");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(after, "after");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 or more, got " + limit);
        }
        if (limit == 0 || subjects.subjectIds().isEmpty()) {
            return List.of();
        }
        return ao.executeInTransaction(() -> MillisecondKeyset.page(after, limit, row -> row.timelinePosition(kind),
                new TimelineRows<>(ao, AuditRow.class, () -> {
                    Criteria criteria = new Criteria().and(AuditRow.SUBJECT_TYPE + " = ?", subjects.subjectType())
                            .in(AuditRow.SUBJECT_ID, subjects.subjectIds());
                    if (!subjects.actionPrefixes().isEmpty()) {
                        criteria.and(subjects.actionPrefixes().stream().map(prefix -> AuditRow.AUDIT_ACTION + " LIKE ?")
                                        .collect(java.util.stream.Collectors.joining(" OR ", "(", ")")),
                                subjects.actionPrefixes().stream().map(prefix -> prefix + "%").toArray());
                    }
                    return criteria;
                }, AuditRow.OCCURRED_AT, row -> new NumberedAuditEntry(row.getID(), toEntry(row)))));
    }

    /** Narrows {@code criteria} to the entries after the one at {@code occurredAt} with {@code id}, newest first. */
    private static void olderThan(Criteria criteria, long occurredAt, long id) {
        criteria.and("(" + AuditRow.OCCURRED_AT + " < ? OR (" + AuditRow.OCCURRED_AT + " = ? AND ID < ?))",
                occurredAt, occurredAt, id);
    }

    private static AuditCursor cursorOf(AuditRow row) {
        return new AuditCursor(Instant.ofEpochMilli(row.getOccurredAt()), row.getID());
    }

    private static Criteria criteria(AuditQuery query) {
        Objects.requireNonNull(query, "query");
        Criteria criteria = new Criteria();
        query.actor().ifPresent(actor -> criteria.and(AuditRow.ACTOR + " = ?", actor));
        // actions are lower-case dotted names (the REST layer refuses anything else), so no LIKE wildcard reaches here
        query.actionPrefix().ifPresent(prefix -> criteria.and(AuditRow.AUDIT_ACTION + " LIKE ?", prefix + "%"));
        query.subjectId().ifPresent(subject -> criteria.and(AuditRow.SUBJECT_ID + " = ?", subject));
        query.from().ifPresent(from -> criteria.and(AuditRow.OCCURRED_AT + " >= ?", from.toEpochMilli()));
        query.until().ifPresent(until -> criteria.and(AuditRow.OCCURRED_AT + " < ?", until.toEpochMilli()));
        return criteria;
    }

    private static AuditEntry toEntry(AuditRow row) {
        return new AuditEntry(Instant.ofEpochMilli(row.getOccurredAt()), row.getActor(), row.getAuditAction(),
                row.getSubjectType(), row.getSubjectId(), Optional.ofNullable(row.getBeforeState()),
                Optional.ofNullable(row.getAfterState()));
    }
}
