package io.successdesk.rest.voc;

import io.successdesk.rest.json.MaxItems;

import java.time.Instant;
import java.util.List;

/** The wire records of CSAT and NPS ingestion and lists. */
public final class VocDtos {

    private VocDtos() {
    }

    /** {@code source}: IMPORT over REST (JSM and SURVEY are the app's own capture paths); {@code rating} 1–5; (source, externalId) identifies the response. */
    public record CsatRequest(String externalId, String source, String accountKey, Long issueId, String projectKey,
                              Integer rating, String comment, Instant answeredAt, Instant issueCreatedAt) {
    }

    public record CsatBulkRequest(@MaxItems(1000) List<CsatRequest> rows) {
    }

    /** {@code source}: IMPORT or MANUAL over REST (SURVEY is the app's own capture path); {@code score} 0–10. */
    public record NpsRequest(String externalId, String source, String accountKey, Integer score, String comment,
                             String contact, Instant answeredAt) {
    }

    public record NpsBulkRequest(@MaxItems(1000) List<NpsRequest> rows) {
    }

    /**
     * {@code outcome}: created; updated when the source + external id was stored with another rating, score or other
     * value (a correction); unchanged when it was stored identical.
     */
    public record IngestOutcomeDto(String outcome) {
    }

    /** Counts and one outcome per row, in order; nothing is stored when any row is invalid (400). */
    public record BulkIngestDto(long created, long updated, long unchanged, List<IngestOutcomeDto> rows) {
    }

    public record CsatResponseDto(String externalId, String source, String accountKey, Long issueId,
                                  String projectKey, int rating, String comment, Instant answeredAt,
                                  Instant issueCreatedAt) {
    }

    public record CsatPageDto(List<CsatResponseDto> items, int offset, int limit, long total) {
    }

    public record NpsResponseDto(String externalId, String source, String accountKey, int score, String comment,
                                 String contact, Instant answeredAt) {
    }

    public record NpsPageDto(List<NpsResponseDto> items, int offset, int limit, long total) {
    }
}
