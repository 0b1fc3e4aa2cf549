package io.successdesk.domain.health;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A computed health score with its explanation.
 *
 * @param scorecardVersion version id of the scorecard used
 * @param asOf             the instant the score describes
 * @param thresholds       the band thresholds of that scorecard
 * @param score            the weighted mean of the included measures; empty when no measure has usable data
 * @param band             the band of {@code score}; present exactly when the score is
 * @param breakdown        one line per scorecard measure, in scorecard order
 */
public record HealthResult(String scorecardVersion, Instant asOf, BandThresholds thresholds,
                           Optional<HealthScore> score, Optional<HealthBand> band, List<MeasureBreakdown> breakdown) {

    public HealthResult {
        Objects.requireNonNull(scorecardVersion, "scorecardVersion");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(band, "band");
        breakdown = List.copyOf(Objects.requireNonNull(breakdown, "breakdown"));
        if (score.isPresent() != band.isPresent()) {
            throw new IllegalArgumentException("a health result has a band exactly when it has a score");
        }
        if (score.isPresent() && !band.get().equals(thresholds.bandOf(score.get()))) {
            throw new IllegalArgumentException("band " + band.get() + " does not match score " + score.get().value());
        }
    }

    /** Whether at least one measure had usable data, so there is a score. */
    public boolean hasScore() {
        return score.isPresent();
    }

    public Optional<MeasureBreakdown> line(MeasureId id) {
        return breakdown.stream().filter(line -> line.id().equals(id)).findFirst();
    }

    /**
     * The included measures scoring below {@code below}, lowest first (ties by id), at most {@code limit}: the reasons
     * a health is held back.
     */
    public List<MeasureId> weakest(double below, int limit) {
        return breakdown.stream().filter(line -> line.status().isIncluded() && line.score().getAsDouble() < below)
                .sorted(java.util.Comparator.comparingDouble((MeasureBreakdown line) -> line.score().getAsDouble())
                        .thenComparing(line -> line.id().toString()))
                .limit(limit).map(MeasureBreakdown::id).toList();
    }
}
