package io.successdesk.app.voc;

import io.successdesk.app.audit.AuditEntry;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.voc.CsatResponse;
import io.successdesk.domain.voc.CsatSource;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Use case: capture a JSM request's satisfaction rating as a CSAT response with source JSM (the request's issue id is
 * its external id, so updates and backfill runs ingest it once).
 */
@Named
public class JsmCsatCapture {

    private final SatisfactionReader reader;
    private final CsatService csat;
    private final Clock clock;

    @Inject
    public JsmCsatCapture(SatisfactionReader reader, CsatService csat, Clock clock) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.csat = Objects.requireNonNull(csat, "csat");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return true when a new response was stored or a stored one corrected (the customer changed the rating) */
    public boolean capture(long issueId, AccountKey account, String projectKey, Optional<Instant> issueCreatedAt) {
        Optional<JsmSatisfaction> rating = reader.read(issueId);
        if (rating.isEmpty()) {
            return false;
        }
        // JSM may not say when the rating was given: then it keeps the time it was first read, so reading the same
        // rating again changes nothing and a changed rating is corrected on its original day
        Instant answeredAt = rating.get().answeredAt().or(() -> csat.stored(CsatSource.JSM, Long.toString(issueId))
                .map(CsatResponse::answeredAt)).orElseGet(clock::instant);
        return IngestOutcome.UNCHANGED != csat.ingest(new CsatSubmission(Long.toString(issueId), "JSM", account.value(), issueId, projectKey,
                rating.get().rating(), rating.get().comment().orElse(null), answeredAt,
                issueCreatedAt.filter(created -> !created.isAfter(answeredAt)).orElse(null)), AuditEntry.SYSTEM_ACTOR);
    }
}
