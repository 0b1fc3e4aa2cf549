package io.successdesk.rest.revenue;

import io.successdesk.rest.json.MaxItems;

import java.util.List;

/** The wire records of ARR history ingestion. */
public final class RevenueDtos {

    private RevenueDtos() {
    }

    /** ARR at the end of {@code month} (YYYY-MM) in minor units of {@code currency} (ISO-4217). */
    public record ArrRowDto(String accountKey, String month, Long arrMinorUnits, String currency) {
    }

    public record ArrHistoryRequest(@MaxItems(1000) List<ArrRowDto> rows) {
    }

    /** What the ingestion did: rows created, updated (new amount for a known account and month), unchanged. */
    public record ArrIngestDto(int created, int updated, int unchanged) {
    }
}
