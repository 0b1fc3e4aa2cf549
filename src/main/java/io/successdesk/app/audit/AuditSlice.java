package io.successdesk.app.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Entries of the audit log, newest first, and where the next slice starts when there are more. */
public record AuditSlice(List<AuditEntry> items, Optional<AuditCursor> next) {

    public AuditSlice {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }
}
