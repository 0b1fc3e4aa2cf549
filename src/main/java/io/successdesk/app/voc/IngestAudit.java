package io.successdesk.app.voc;

import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.AuditLog;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The audit entry of an ingested CSAT or NPS response: {@code csat.ingest} on a {@code csat-response} for a new one,
 * {@code csat.correct} with before and after for a correction, nothing for an unchanged repeat.
 */
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
     * Records what storing the response {@code responseId} did, {@code details} describing a response as
     * {@code field=value; …}.
     *
     * @return the outcome
     */
    <T> IngestOutcome record(Upserted<T> stored, T response, Function<T, String> details, String actor,
                             String responseId) {
        if (stored.outcome() != IngestOutcome.UNCHANGED) {
            String action = stored.outcome() == IngestOutcome.CREATED ? ".ingest" : ".correct";
            auditLog.record(new AuditEntry(clock.instant(), actor, kind + action, kind + "-response", responseId,
                    stored.previous().map(details), Optional.of(details.apply(response))));
        }
        return stored.outcome();
    }
}
