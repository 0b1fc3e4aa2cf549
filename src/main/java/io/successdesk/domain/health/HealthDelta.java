package io.successdesk.domain.health;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What changed in an account's computed health since an earlier snapshot ("since 7 / 30 days ago").
 * Compares computed scores, so a manual override does not hide or fake a change in the measures.
 *
 * @param since               the day of the earlier snapshot
 * @param scoreChange         current minus earlier computed score, in points; empty when either has no score
 * @param bandBefore          the earlier computed band, if any
 * @param bandNow             the current computed band, if any
 * @param measureScoreChanges per measure scored both then and now: current minus earlier score, in points
 * @param scorecardChanged    whether the scorecard version differs: the change may be a re-weighting, not the
 *                            customer's doing
 */
public record HealthDelta(LocalDate since, OptionalDouble scoreChange, Optional<HealthBand> bandBefore,
                          Optional<HealthBand> bandNow, Map<MeasureId, Double> measureScoreChanges,
                          boolean scorecardChanged) {

    public HealthDelta {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(scoreChange, "scoreChange");
        Objects.requireNonNull(bandBefore, "bandBefore");
        Objects.requireNonNull(bandNow, "bandNow");
        measureScoreChanges = Map.copyOf(Objects.requireNonNull(measureScoreChanges, "measureScoreChanges"));
    }

    /** Compares a current result with an earlier snapshot of the same account. */
    public static HealthDelta between(HealthResult current, HealthSnapshot earlier) {
        OptionalDouble scoreChange = current.score().isPresent() && earlier.computedScore().isPresent()
                ? OptionalDouble.of(current.score().get().value() - earlier.computedScore().get().value())
                : OptionalDouble.empty();
        Map<MeasureId, Double> changes = new LinkedHashMap<>();
        for (MeasureBreakdown line : current.breakdown()) {
            Double before = earlier.measureScores().get(line.id());
            if (before != null && line.score().isPresent()) {
                changes.put(line.id(), line.score().getAsDouble() - before);
            }
        }
        return new HealthDelta(earlier.day(), scoreChange, earlier.computedBand(), current.band(), changes,
                !current.scorecardVersion().equals(earlier.scorecardVersion()));
    }

    /** Whether the computed band differs (including gaining or losing a score). */
    public boolean bandChanged() {
        return !bandBefore.equals(bandNow);
    }
}
