package io.successdesk.rest.health;

import io.successdesk.app.health.HealthView;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthDelta;
import io.successdesk.domain.health.HealthResult;
import io.successdesk.domain.health.HealthScore;
import io.successdesk.domain.health.HealthSnapshot;
import io.successdesk.domain.health.ManualOverride;
import io.successdesk.domain.health.MeasureBreakdown;
import io.successdesk.domain.health.MeasureId;
import io.successdesk.domain.value.DateWindow;

import io.successdesk.rest.WireNames;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** Maps health read models to their DTOs. */
public final class HealthJson {

    private HealthJson() {
    }

    /**
     * {@code withFinancials} false (the caller may not see revenue): the revenue measure's line and its entries in the
     * deltas are left out. Everything else is the same for every caller: a revenue measure is never counted in the
     * score, so the score, the weights and the contributions reveal nothing about revenue (README, "Design decisions").
     */
    static HealthDto toDto(HealthView view, boolean withFinancials) {
        HealthResult computed = view.health().computed();
        return new HealthDto(view.account().value(), view.health().day(), score(view.health().score()),
                band(view.health().band()), score(computed.score()), band(computed.band()),
                view.health().override().map(HealthJson::toDto).orElse(null), computed.scorecardVersion(),
                computed.breakdown().stream().filter(line -> withFinancials || !revealsRevenue(line.id()))
                        .map(HealthJson::toDto).toList(),
                view.since7Days().map(delta -> toDto(delta, withFinancials)).orElse(null),
                view.since30Days().map(delta -> toDto(delta, withFinancials)).orElse(null));
    }

    /** Whether a measure's figures are revenue data, for financial viewers only. */
    public static boolean revealsRevenue(MeasureId measure) {
        return measure.kind().isRevenue();
    }

    static HealthDto.OverrideDto toDto(ManualOverride override) {
        return new HealthDto.OverrideDto(score(override.score()), band(override.band()), override.reason(),
                override.author(), override.created(), override.expiresOn());
    }

    /**
     * {@code scorecardChanges}: the days of the window a scorecard version was saved, as every chart marks them;
     * {@code withFinancials} false: each day's measure scores without the ARR-change measure.
     */
    static HealthDto.HistoryDto toDto(String account, DateWindow window, List<HealthSnapshot> snapshots,
                                      List<LocalDate> changes, boolean withFinancials) {
        return new HealthDto.HistoryDto(account, window.start(), window.endExclusive().minusDays(1),
                snapshots.stream().map(s -> new HealthDto.SnapshotDto(s.day(), score(s.effectiveScore()),
                        band(s.effectiveBand()), score(s.computedScore()), band(s.computedBand()), s.overridden(),
                        s.scorecardVersion(), byName(s.measureScores(), withFinancials))).toList(), changes);
    }

    private static HealthDto.MeasureDto toDto(MeasureBreakdown line) {
        return new HealthDto.MeasureDto(line.id().toString(), WireNames.of(line.status()),
                number(line.value()), number(line.score()), line.weight(),
                line.effectiveWeight(), line.contribution(),
                line.window().map(DateWindow::start).orElse(null), line.window().map(DateWindow::endExclusive).orElse(null),
                line.sampleSize(), line.observedAt().orElse(null));
    }

    private static HealthDto.DeltaDto toDto(HealthDelta delta, boolean withFinancials) {
        return new HealthDto.DeltaDto(delta.since(), number(delta.scoreChange()), band(delta.bandBefore()),
                band(delta.bandNow()), byName(delta.measureScoreChanges(), withFinancials), delta.scorecardChanged());
    }

    private static Map<String, Double> byName(Map<MeasureId, Double> values, boolean withFinancials) {
        Map<String, Double> named = new TreeMap<>();
        values.forEach((id, value) -> {
            if (withFinancials || !revealsRevenue(id)) {
                named.put(id.toString(), value);
            }
        });
        return named;
    }

    private static Double score(Optional<HealthScore> score) {
        return score.map(HealthScore::value).orElse(null);
    }

    private static String band(Optional<HealthBand> band) {
        return band.map(WireNames::of).orElse(null);
    }

    private static Double number(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

}
