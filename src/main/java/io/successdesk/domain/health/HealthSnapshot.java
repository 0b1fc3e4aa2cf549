package io.successdesk.domain.health;

import io.successdesk.domain.account.AccountKey;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An account's health as recorded for one day (the daily history).
 *
 * @param account          the account
 * @param day              the day (UTC) the snapshot is for; one snapshot per account and day
 * @param computedScore    the computed score; empty when nothing had data
 * @param computedBand     the computed band; present exactly when {@code computedScore} is
 * @param effectiveScore   the score shown, after any override in force
 * @param effectiveBand    the band shown, after any override in force
 * @param overridden       whether a manual override was in force
 * @param measureScores    0–100 score of each measure that was scored (OK, or NOT_COUNTED: revenue)
 * @param scorecardVersion version id of the scorecard used, so re-weightings show as markers
 */
public record HealthSnapshot(AccountKey account, LocalDate day, Optional<HealthScore> computedScore,
                             Optional<HealthBand> computedBand, Optional<HealthScore> effectiveScore,
                             Optional<HealthBand> effectiveBand, boolean overridden,
                             Map<MeasureId, Double> measureScores, String scorecardVersion) {

    public HealthSnapshot {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(computedScore, "computedScore");
        Objects.requireNonNull(computedBand, "computedBand");
        Objects.requireNonNull(effectiveScore, "effectiveScore");
        Objects.requireNonNull(effectiveBand, "effectiveBand");
        Objects.requireNonNull(scorecardVersion, "scorecardVersion");
        measureScores = Map.copyOf(Objects.requireNonNull(measureScores, "measureScores"));
        if (computedScore.isPresent() != computedBand.isPresent()) {
            throw new IllegalArgumentException("a snapshot has a computed band exactly when it has a computed score");
        }
        measureScores.forEach((id, score) -> {
            if (!(score >= 0 && score <= 100)) {
                throw new IllegalArgumentException("score of " + id + " must be 0–100, got " + score);
            }
        });
    }

    /** The snapshot of an effective health reading for its day. */
    public static HealthSnapshot of(AccountKey account, EffectiveHealth health) {
        HealthResult computed = health.computed();
        Map<MeasureId, Double> scores = new LinkedHashMap<>();
        computed.breakdown().forEach(line -> line.score().ifPresent(score -> scores.put(line.id(), score)));
        return new HealthSnapshot(account, health.day(), computed.score(), computed.band(), health.score(),
                health.band(), health.isOverridden(), scores, computed.scorecardVersion());
    }
}
