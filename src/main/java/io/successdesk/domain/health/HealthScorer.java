package io.successdesk.domain.health;

import io.successdesk.domain.value.DateWindow;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scores an account on a scorecard (docs/product.md §4): each measure scores 0–100 linearly between its bounds;
 * measures without usable data are excluded and the remaining weights renormalised; the score is the weighted
 * mean of the included measures. A revenue measure is scored but never included ({@link MeasureStatus#NOT_COUNTED}).
 */
public final class HealthScorer {

    private HealthScorer() {
    }

    /**
     * Scores the observations as of {@code asOf}.
     *
     * <p>Per measure, the latest observation made at or before {@code asOf} counts; later ones, and observations
     * of measures not on the scorecard, are ignored. A manual observation is {@link MeasureStatus#STALE} once
     * {@code asOf} is more than the measure's validity days after it was entered; an observation whose n is below
     * the measure's minimum sample is {@link MeasureStatus#NO_DATA}. Windows are days in UTC ending on the day of
     * {@code asOf}.
     *
     * @return the result; its score is empty when no measure is {@link MeasureStatus#OK}
     */
    public static HealthResult score(HealthScorecard scorecard, List<MeasureObservation> observations, Instant asOf) {
        Objects.requireNonNull(scorecard, "scorecard");
        Objects.requireNonNull(observations, "observations");
        Objects.requireNonNull(asOf, "asOf");
        Map<MeasureId, MeasureObservation> latest = observations.stream()
                .filter(observation -> !observation.observedAt().isAfter(asOf))
                .collect(Collectors.toMap(MeasureObservation::measureId, Function.identity(),
                        (a, b) -> a.observedAt().isAfter(b.observedAt()) ? a : b));

        double includedWeight = 0;
        for (Measure measure : scorecard.measures()) {
            if (statusOf(measure, Optional.ofNullable(latest.get(measure.id())), asOf).isIncluded()) {
                includedWeight += measure.weight();
            }
        }

        LocalDate asOfDay = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        List<MeasureBreakdown> breakdown = new ArrayList<>();
        double total = 0;
        for (Measure measure : scorecard.measures()) {
            Optional<MeasureObservation> observation = Optional.ofNullable(latest.get(measure.id()));
            MeasureStatus status = statusOf(measure, observation, asOf);
            OptionalDouble score = OptionalDouble.empty();
            double effectiveWeight = 0;
            double contribution = 0;
            if (status.isScored()) {
                score = OptionalDouble.of(measure.scoreOf(observation.orElseThrow().value()));
            }
            if (status.isIncluded()) {
                effectiveWeight = measure.weight() / includedWeight;
                contribution = effectiveWeight * score.getAsDouble();
                total += contribution;
            }
            breakdown.add(new MeasureBreakdown(measure.id(), status,
                    observation.map(o -> OptionalDouble.of(o.value())).orElse(OptionalDouble.empty()),
                    score, measure.weight(), Math.min(1.0, effectiveWeight), contribution,
                    measure.windowDays() == 0 ? Optional.empty() : Optional.of(DateWindow.lastDays(measure.windowDays(), asOfDay)),
                    observation.map(MeasureObservation::sampleSize).orElse(0),
                    observation.map(MeasureObservation::observedAt)));
        }

        Optional<HealthScore> overall = includedWeight > 0 ? Optional.of(HealthScore.clamped(total)) : Optional.empty();
        return new HealthResult(scorecard.versionId(), asOf, scorecard.thresholds(), overall,
                overall.map(scorecard.thresholds()::bandOf), breakdown);
    }

    private static MeasureStatus statusOf(Measure measure, Optional<MeasureObservation> observation, Instant asOf) {
        if (observation.isEmpty()) {
            return MeasureStatus.NO_DATA;
        }
        MeasureObservation observed = observation.get();
        if (observed.manual() && measure.validityDays().isPresent()
                && asOf.isAfter(observed.observedAt().plus(Duration.ofDays(measure.validityDays().getAsInt())))) {
            return MeasureStatus.STALE;
        }
        if (observed.sampleSize() < measure.minimumSample()) {
            return MeasureStatus.NO_DATA;
        }
        return measure.id().kind().isRevenue() ? MeasureStatus.NOT_COUNTED : MeasureStatus.OK;
    }
}
