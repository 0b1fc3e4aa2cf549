package io.successdesk.domain.health;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The measures an account's health is made of, with their weights and bounds, and the band thresholds.
 * Every change to a scorecard gets a new {@code versionId}, recorded on each snapshot so a re-weighting is
 * not read as customer decline.
 *
 * @param versionId  non-blank identifier of this version of the scorecard
 * @param measures   at least one measure, no two with the same id, in display order
 * @param thresholds where red, amber and green begin
 */
public record HealthScorecard(String versionId, List<Measure> measures, BandThresholds thresholds) {

    /** Version id of {@link #defaults()}. */
    public static final String DEFAULT_VERSION = "builtin-1";

    public HealthScorecard {
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(thresholds, "thresholds");
        measures = List.copyOf(Objects.requireNonNull(measures, "measures"));
        if (versionId.isBlank()) {
            throw new IllegalArgumentException("scorecard version id must not be blank");
        }
        if (measures.isEmpty()) {
            throw new IllegalArgumentException("a scorecard needs at least one measure");
        }
        Set<MeasureId> seen = new HashSet<>();
        for (Measure measure : measures) {
            if (!seen.add(measure.id())) {
                throw new IllegalArgumentException("measure " + measure.id() + " appears twice on scorecard " + versionId);
            }
        }
    }

    public Optional<Measure> measure(MeasureId id) {
        return measures.stream().filter(measure -> measure.id().equals(id)).findFirst();
    }

    /**
     * The built-in scorecard of docs/product.md §4, bands 50/75. Bounds (red → green, units as in {@link MeasureKind}):
     * <pre>
     * measure                    weight  red    green  window  min n  validity
     * OPEN_TICKETS                 1     15      2       0       0
     * OPEN_HIGH_PRIORITY           2      3      0       0       0
     * TICKET_VOLUME_TREND          1      2.0    1.0   120      10      (ratio: 2× the usual volume is red)
     * MEDIAN_TIME_TO_RESOLUTION    1    240 h   24 h    90       3
     * MEDIAN_FIRST_RESPONSE        1     24 h    2 h    90       3
     * REOPEN_RATE                  1     20 %    5 %    90       5
     * OLDEST_OPEN_AGE              1     60 d    7 d     0       0
     * OPEN_DEFECTS                 1     10      1       0       0
     * OPEN_QUESTIONS               0.5   10      2       0       0
     * CSAT_SATISFIED               2     60 %   90 %    90       5      (minimum n as in docs/metrics.md)
     * NPS                          2      0     50     180       5
     * CSM_SENTIMENT                2      1      5       —       —      90 days (manual)
     * DAYS_SINCE_TOUCHPOINT        1     60 d   14 d     0       0
     * DAYS_TO_RENEWAL              0.5   30 d  180 d     0       0
     * ARR_CHANGE_90D               1    −20 %  +10 %    90       0
     * </pre>
     */
    public static HealthScorecard defaults() {
        return new HealthScorecard(DEFAULT_VERSION, List.of(
                Measure.computed(MeasureId.of(MeasureKind.OPEN_TICKETS), 1, 15, 2, 0, 0),
                Measure.computed(MeasureId.of(MeasureKind.OPEN_HIGH_PRIORITY), 2, 3, 0, 0, 0),
                Measure.computed(MeasureId.of(MeasureKind.TICKET_VOLUME_TREND), 1, 2.0, 1.0, 120, 10),
                Measure.computed(MeasureId.of(MeasureKind.MEDIAN_TIME_TO_RESOLUTION), 1, 240, 24, 90, 3),
                Measure.computed(MeasureId.of(MeasureKind.MEDIAN_FIRST_RESPONSE), 1, 24, 2, 90, 3),
                Measure.computed(MeasureId.of(MeasureKind.REOPEN_RATE), 1, 20, 5, 90, 5),
                Measure.computed(MeasureId.of(MeasureKind.OLDEST_OPEN_AGE), 1, 60, 7, 0, 0),
                Measure.computed(MeasureId.of(MeasureKind.OPEN_DEFECTS), 1, 10, 1, 0, 0),
                Measure.computed(MeasureId.of(MeasureKind.OPEN_QUESTIONS), 0.5, 10, 2, 0, 0),
                Measure.computed(MeasureId.of(MeasureKind.CSAT_SATISFIED), 2, 60, 90, 90, 5),
                Measure.computed(MeasureId.of(MeasureKind.NPS), 2, 0, 50, 180, 5),
                Measure.manual(MeasureId.of(MeasureKind.CSM_SENTIMENT), 2, 1, 5, 90),
                Measure.computed(MeasureId.of(MeasureKind.DAYS_SINCE_TOUCHPOINT), 1, 60, 14, 0, 0),
                Measure.computed(MeasureId.of(MeasureKind.DAYS_TO_RENEWAL), 0.5, 30, 180, 0, 0),
                Measure.computed(MeasureId.of(MeasureKind.ARR_CHANGE_90D), 1, -20, 10, 90, 0)),
                BandThresholds.DEFAULT);
    }
}
