package io.successdesk.app.revenue;

/** What an ARR history import did: snapshots created, changed and already up to date. */
public record IngestReport(int created, int updated, int unchanged) {

    public IngestReport {
        if (created < 0 || updated < 0 || unchanged < 0) {
            throw new IllegalArgumentException("counts must be 0 or more");
        }
    }

    public int total() {
        return created + updated + unchanged;
    }
}
