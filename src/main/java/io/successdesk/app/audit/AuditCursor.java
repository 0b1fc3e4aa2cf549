package io.successdesk.app.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a slice of the audit log ended, newest first: the next slice holds the entries older than this one (ties on
 * the same millisecond in reverse order of recording, by {@code id}).
 *
 * @param at the entry's time, to the millisecond
 * @param id the entry's place in the order of recording
 */
public record AuditCursor(Instant at, long id) {

    public AuditCursor {
        Objects.requireNonNull(at, "at");
        if (id < 0) {
            throw new IllegalArgumentException("id must be 0 or more, got " + id);
        }
    }

    /** Whether an entry at {@code entryAt} with {@code entryId} comes after this cursor, newest first. */
    public boolean isBefore(Instant entryAt, long entryId) {
        int byTime = entryAt.compareTo(at);
        return byTime < 0 || byTime == 0 && entryId < id;
    }
}
