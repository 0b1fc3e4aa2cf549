package io.successdesk.rest.admin;

import java.time.Instant;

/** One audit log entry; {@code before}/{@code after} are omitted when there is none. */
public record AuditEntryDto(Instant at, String actor, String action, String subjectType, String subjectId,
                            String before, String after) {
}
