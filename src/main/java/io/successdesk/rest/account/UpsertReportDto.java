package io.successdesk.rest.account;

import java.util.List;
import java.util.Map;

/**
 * The per-row outcome of a bulk upsert or import: {@code committed} says whether anything was written (never for a
 * dry run or when a row is rejected); counts by outcome; one row per input row, in order.
 */
public record UpsertReportDto(boolean committed, boolean dryRun, Map<String, Long> counts, List<RowDto> rows) {

    /** {@code outcome} is created, updated, unchanged or rejected; {@code errors} names the fields of a rejected row. */
    public record RowDto(int row, String key, String outcome, Map<String, String> errors) {
    }
}
