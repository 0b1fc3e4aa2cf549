package io.successdesk.app.audit;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The audit entries about some subjects: of one subject type, with one of the ids, and (when any are given) an action
 * that starts with one of the prefixes.
 */
public record AuditSubjects(String subjectType, Set<String> subjectIds, List<String> actionPrefixes) {

    public AuditSubjects {
        Objects.requireNonNull(subjectType, "subjectType");
        subjectIds = Set.copyOf(subjectIds);
        actionPrefixes = List.copyOf(actionPrefixes);
    }

    /** Whether the entry is about these subjects (the in-memory form of the store's filter). */
    public boolean matches(AuditEntry entry) {
        return entry.subjectType().equals(subjectType) && subjectIds.contains(entry.subjectId())
                && (actionPrefixes.isEmpty() || actionPrefixes.stream().anyMatch(entry.action()::startsWith));
    }
}
