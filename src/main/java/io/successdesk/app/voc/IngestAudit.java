package io.successdesk.app.voc;

import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.AuditLog;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** The audit entry of an ingested CSAT or NPS response ({@code csat.ingest} on a {@code csat-response}, …). */
final class IngestAudit {

    private final String kind;
    private final AuditLog auditLog;
    private final Clock clock;

    /** @param kind {@code csat} or {@code nps} */
    IngestAudit(String kind, AuditLog auditLog, Clock clock) {
        this.kind = kind;
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records the response {@code responseId} with {@code details} when it was {@code added} (a repeat is not
     * audited).
     *
     * @return {@code added}
     */
    boolean recordIfAdded(boolean added, String actor, String responseId, String details) {
        if (added) {
            auditLog.record(new AuditEntry(clock.instant(), actor, kind + ".ingest", kind + "-response", responseId,
                    Optional.empty(), Optional.of(details)));
        }
        return added;
    }
}
