package io.successdesk.app.voc;

/**
 * What storing a CSAT or NPS response did. A response is identified by source + external id: the first time it is
 * {@code CREATED}; sent again with any difference (e.g. another rating) it is a correction, {@code UPDATED}; sent
 * again identical it is {@code UNCHANGED} (docs/metrics.md, "Corrections").
 */
public enum IngestOutcome {
    CREATED, UPDATED, UNCHANGED
}
