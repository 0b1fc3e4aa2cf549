package io.successdesk.app.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which audit entries to list: by actor (Jira user key, exact), action (a prefix such as {@code account.} or the whole
 * action), subject id (an account key, CTA id …, exact) and time ({@code from} inclusive, {@code until} exclusive).
 * Empty parts do not filter.
 */
public record AuditQuery(Optional<String> actor, Optional<String> actionPrefix, Optional<String> subjectId,
                         Optional<Instant> from, Optional<Instant> until) {

    public static final AuditQuery ALL = new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public AuditQuery {
        actor = blankless(actor, "actor");
        actionPrefix = blankless(actionPrefix, "actionPrefix");
        subjectId = blankless(subjectId, "subjectId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
    }

    /** Whether the entry is one this query lists (the in-memory form of the store's filter). */
    public boolean matches(AuditEntry entry) {
        return actor.map(entry.actor()::equals).orElse(true)
                && actionPrefix.map(entry.action()::startsWith).orElse(true)
                && subjectId.map(entry.subjectId()::equals).orElse(true)
                && from.map(start -> !entry.at().isBefore(start)).orElse(true)
                && until.map(entry.at()::isBefore).orElse(true);
    }

    private static Optional<String> blankless(Optional<String> value, String name) {
        return Objects.requireNonNull(value, name).map(String::strip).filter(text -> !text.isEmpty());
    }
}
