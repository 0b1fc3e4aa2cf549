package io.successdesk.app.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One audited state change: who (Jira user key, or {@code system}), when, what action on which subject,
 * and the before/after state as short JSON-free text ({@code field=value; …}).
 */
public record AuditEntry(Instant at, String actor, String action, String subjectType, String subjectId,
                         Optional<String> before, Optional<String> after) {

    public static final String SYSTEM_ACTOR = "system";

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
