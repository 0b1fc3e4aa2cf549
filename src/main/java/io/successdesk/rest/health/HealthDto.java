package io.successdesk.rest.health;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An account's health on the wire: effective and computed score and band, the override, the breakdown (one line per
 * measure) and what changed since 7 and 30 days ago (omitted when there is no snapshot that old).
 */
public record HealthDto(String accountKey, LocalDate day, Double score, String band, Double computedScore,
                        String computedBand, OverrideDto override, String scorecardVersion, List<MeasureDto> breakdown,
                        DeltaDto since7Days, DeltaDto since30Days) {

    /**
     * One measure: status ok, not-counted (a revenue measure, financial viewers only: scored, weight and contribution
     * 0), no-data or stale; window as from/to (to exclusive).
     */
    public record MeasureDto(String measure, String status, Double value, Double score, double weight,
                             Double effectiveWeight, Double contribution, LocalDate windowFrom, LocalDate windowTo,
                             int n, Instant observedAt) {
    }

    public record DeltaDto(LocalDate since, Double scoreChange, String bandBefore, String bandNow,
                           Map<String, Double> measureScoreChanges, boolean scorecardChanged) {
    }

    public record OverrideDto(Double score, String band, String reason, String author, Instant created,
                              LocalDate expiresOn) {
    }

    /** One day of history; {@code scorecardVersion} changing between days is a re-weighting marker. */
    public record SnapshotDto(LocalDate day, Double score, String band, Double computedScore, String computedBand,
                              boolean overridden, String scorecardVersion, Map<String, Double> measureScores) {
    }

    public record HistoryDto(String accountKey, LocalDate from, LocalDate to, List<SnapshotDto> days,
                             List<LocalDate> scorecardChanges) {
    }

    /** The override request: either {@code score} (0–100) or {@code band}, a reason, and the expiry day. */
    public record OverrideRequestDto(Long score, String band, String reason, LocalDate expiresOn, Instant replaces) {
    }
}
