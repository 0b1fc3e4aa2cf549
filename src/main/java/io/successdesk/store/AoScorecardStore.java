package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.health.ScorecardStore;
import io.successdesk.app.health.ScorecardVersions;
import io.successdesk.domain.health.BandThresholds;
import io.successdesk.domain.health.HealthScorecard;
import io.successdesk.domain.health.Measure;
import io.successdesk.domain.value.DateWindow;
import io.successdesk.store.ao.ScorecardMeasure;
import io.successdesk.store.ao.ScorecardVersion;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Scorecard versions in {@code SCORECARD_VERSION} + {@code SCORECARD_MEASURE}. Every save is a new version
 * ({@code v} + row ID, so ids never repeat); the latest is current; {@link HealthScorecard#defaults()} until the
 * first save.
 */
@Named
public class AoScorecardStore implements ScorecardStore, ScorecardVersions {

    /** More measures than any scorecard may hold; bounds the read. */
    static final int MAX_MEASURES = 200;

    private final ActiveObjects ao;
    private final Clock clock;

    @Inject
    public AoScorecardStore(@ComponentImport ActiveObjects ao, Clock clock) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public HealthScorecard current() {
        return ao.executeInTransaction(() -> {
            ScorecardVersion[] latest = ao.find(ScorecardVersion.class, Query.select().order("ID DESC").limit(1));
            if (latest.length == 0) {
                return HealthScorecard.defaults();
            }
            ScorecardVersion version = latest[0];
            List<Measure> measures = Arrays.stream(ao.find(ScorecardMeasure.class, Query.select()
                            .where(ScorecardMeasure.SCORECARD_ID + " = ?", version.getID())
                            .order(ScorecardMeasure.DISPLAY_ORDER + " ASC").limit(MAX_MEASURES)))
                    .map(AoScorecardStore::toMeasure).toList();
            return new HealthScorecard(version.getVersionId(), measures, new BandThresholds(
                    Double.parseDouble(version.getAmberFrom()), Double.parseDouble(version.getGreenFrom())));
        });
    }

    @Override
    public List<LocalDate> versionDays(DateWindow window) {
        long from = window.start().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long to = window.endExclusive().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(ScorecardVersion.class, Query.select("ID, " + ScorecardVersion.SAVED_AT)
                        .where(ScorecardVersion.SAVED_AT + " >= ? AND " + ScorecardVersion.SAVED_AT + " < ?", from, to)
                        .order(ScorecardVersion.SAVED_AT + " ASC")))
                .map(version -> LocalDate.ofInstant(Instant.ofEpochMilli(version.getSavedAt()), ZoneOffset.UTC))
                .distinct().toList());
    }

    /** Saves the measures and thresholds as a new version, which becomes current; returns it with its version id. */
    @Override
    public HealthScorecard saveNewVersion(List<Measure> measures, BandThresholds thresholds) {
        Objects.requireNonNull(thresholds, "thresholds");
        if (measures.size() > MAX_MEASURES) {
            throw new IllegalArgumentException("a scorecard holds at most " + MAX_MEASURES + " measures, got " + measures.size());
        }
        return ao.executeInTransaction(() -> {
            ScorecardVersion version = ao.create(ScorecardVersion.class,
                    new DBParam(ScorecardVersion.AMBER_FROM, Double.toString(thresholds.amberFrom())),
                    new DBParam(ScorecardVersion.GREEN_FROM, Double.toString(thresholds.greenFrom())),
                    new DBParam(ScorecardVersion.SAVED_AT, clock.millis()));
            version.setVersionId("v" + version.getID());
            version.save();
            HealthScorecard scorecard = new HealthScorecard(version.getVersionId(), measures, thresholds);
            for (int i = 0; i < scorecard.measures().size(); i++) {
                Measure measure = scorecard.measures().get(i);
                ao.create(ScorecardMeasure.class,
                        new DBParam(ScorecardMeasure.SCORECARD_ID, version.getID()),
                        new DBParam(ScorecardMeasure.DISPLAY_ORDER, i),
                        new DBParam(ScorecardMeasure.MEASURE_CODE, measure.id().toString()),
                        new DBParam(ScorecardMeasure.WEIGHT, Double.toString(measure.weight())),
                        new DBParam(ScorecardMeasure.RED_BOUND, Double.toString(measure.redBound())),
                        new DBParam(ScorecardMeasure.GREEN_BOUND, Double.toString(measure.greenBound())),
                        new DBParam(ScorecardMeasure.WINDOW_DAYS, measure.windowDays()),
                        new DBParam(ScorecardMeasure.MINIMUM_SAMPLE, measure.minimumSample()),
                        new DBParam(ScorecardMeasure.VALIDITY_DAYS, measure.validityDays().isPresent()
                                ? measure.validityDays().getAsInt() : null));
            }
            return scorecard;
        });
    }

    private static Measure toMeasure(ScorecardMeasure row) {
        return new Measure(AoHealthHistory.measureId(row.getMeasureCode()), Double.parseDouble(row.getWeight()),
                Double.parseDouble(row.getRedBound()), Double.parseDouble(row.getGreenBound()), row.getWindowDays(),
                row.getMinimumSample(), row.getValidityDays() == null ? OptionalInt.empty() : OptionalInt.of(row.getValidityDays()));
    }
}
