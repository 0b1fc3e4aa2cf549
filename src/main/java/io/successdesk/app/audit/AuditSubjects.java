package io.successdesk.app.audit;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The audit entries about some subjects: of one subject type, with one of the ids, and (when given) an action that
 * starts with the prefix.
 */
public record AuditSubjects(String subjectType, Set<String> subjectIds, Optional<String> actionPrefix) {

    public AuditSubjects {
        Objects.requireNonNull(subjectType, "subjectType");
        subjectIds = Set.copyOf(subjectIds);
        Objects.requireNonNull(actionPrefix, "actionPrefix");
    }

    /** Whether the entry is about these subjects (the in-memory form of the store's filter). */
    public boolean matches(AuditEntry entry) {
        return entry.subjectType().equals(subjectType) && subjectIds.contains(entry.subjectId())
                && actionPrefix.map(entry.action()::startsWith).orElse(true);
    }
}
