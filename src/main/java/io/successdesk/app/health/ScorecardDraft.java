package io.successdesk.app.health;

import io.successdesk.app.InvalidInputException;
import io.successdesk.domain.health.BandThresholds;
import io.successdesk.domain.health.HealthScorecard;
import io.successdesk.domain.health.Measure;
import io.successdesk.domain.health.MeasureId;
import io.successdesk.domain.health.MeasureKind;
import org.jspecify.annotations.Nullable;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * A scorecard as an admin edits it, before it is checked: the measures that are on (in display order) and the band
 * thresholds. {@link #validate} turns it into domain measures or names every bad field, as
 * {@code measures[i].weight}, {@code amberFrom} and so on.
 */
public record ScorecardDraft(List<MeasureDraft> measures, @Nullable Double amberFrom, @Nullable Double greenFrom) {

    /** Most days a measure window or a manual input's validity may span. */
    public static final int MAX_DAYS = 3660;
    /** Largest minimum sample. */
    public static final int MAX_MINIMUM_SAMPLE = 100_000;
    /** Largest weight (weights are relative; this only keeps typing mistakes out). */
    public static final double MAX_WEIGHT = 1000;

    public ScorecardDraft {
        measures = List.copyOf(Objects.requireNonNull(measures, "measures"));
    }

    /**
     * One measure as sent: {@code id} is a kind name or {@code CUSTOM:name}; {@code validityDays} only for typed-in
     * ones. A missing value is null and reported as required.
     */
    public record MeasureDraft(@Nullable String id, @Nullable Double weight, @Nullable Double redBound,
                               @Nullable Double greenBound, @Nullable Integer windowDays, @Nullable Integer minimumSample,
                               @Nullable Integer validityDays) {
    }

    /** The draft as a scorecard named {@code versionId}; every problem at once otherwise. */
    public HealthScorecard validate(String versionId) {
        Map<String, String> errors = new TreeMap<>();
        if (measures.isEmpty()) {
            errors.put("measures", "turn on at least one measure");
        }
        Double amber = amberFrom;
        Double green = greenFrom;
        if (amber == null || !Double.isFinite(amber)) {
            errors.put("amberFrom", "is required (a number)");
        } else if (green == null || !Double.isFinite(green)) {
            errors.put("greenFrom", "is required (a number)");
        } else if (!(amber > 0 && amber < green && green <= 100)) {
            errors.put(amber > 0 && amber < 100 ? "greenFrom" : "amberFrom",
                    "needs 0 < amber < green ≤ 100 (amber " + amber + ", green " + green + ")");
        }
        Set<MeasureId> seen = new HashSet<>();
        List<Measure> checked = new java.util.ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            Measure measure = measure("measures[" + i + "].", measures.get(i), errors);
            if (measure != null && !seen.add(measure.id())) {
                errors.put("measures[" + i + "].id", measure.id() + " is listed twice");
            } else if (measure != null) {
                checked.add(measure);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new HealthScorecard(versionId, checked, new BandThresholds(Objects.requireNonNull(amber),
                Objects.requireNonNull(green)));
    }

    private static @Nullable Measure measure(String field, MeasureDraft draft, Map<String, String> errors) {
        MeasureId id = measureId(draft.id());
        if (id == null) {
            errors.put(field + "id", "'" + draft.id() + "' is not a measure");
            return null;
        }
        int before = errors.size();
        Double weight = draft.weight();
        Double red = draft.redBound();
        Double green = draft.greenBound();
        Integer window = draft.windowDays();
        Integer minimum = draft.minimumSample();
        if (weight == null || !(Double.isFinite(weight) && weight > 0 && weight <= MAX_WEIGHT)) {
            errors.put(field + "weight", "must be a number above 0 and at most " + (int) MAX_WEIGHT);
        }
        if (red == null || !Double.isFinite(red)) {
            errors.put(field + "redBound", "must be a number");
        }
        if (green == null || !Double.isFinite(green)) {
            errors.put(field + "greenBound", "must be a number");
        } else if (green.equals(red)) {
            errors.put(field + "greenBound", "must differ from the red bound");
        }
        if (window == null || window < 0 || window > MAX_DAYS) {
            errors.put(field + "windowDays", "must be 0–" + MAX_DAYS + " days");
        }
        if (minimum == null || minimum < 0 || minimum > MAX_MINIMUM_SAMPLE) {
            errors.put(field + "minimumSample", "must be 0–" + MAX_MINIMUM_SAMPLE);
        }
        Integer validity = draft.validityDays();
        if (id.kind().isManualInput() && (validity == null || validity < 1 || validity > MAX_DAYS)) {
            errors.put(field + "validityDays", "a typed-in measure needs a validity of 1–" + MAX_DAYS + " days");
        } else if (!id.kind().isManualInput() && validity != null) {
            errors.put(field + "validityDays", "only typed-in measures have a validity");
        }
        if (errors.size() > before || weight == null || red == null || green == null || window == null
                || minimum == null) {
            return null;
        }
        return new Measure(id, weight, red, green, window, minimum,
                validity == null ? OptionalInt.empty() : OptionalInt.of(validity));
    }

    private static @Nullable MeasureId measureId(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            if (text.startsWith("CUSTOM:")) {
                return MeasureId.custom(text.substring("CUSTOM:".length()));
            }
            MeasureKind kind = MeasureKind.valueOf(text);
            return kind == MeasureKind.CUSTOM ? null : MeasureId.of(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The draft of an existing scorecard (what an editor starts from). */
    public static ScorecardDraft of(HealthScorecard scorecard) {
        return new ScorecardDraft(scorecard.measures().stream().map(m -> new MeasureDraft(m.id().toString(), m.weight(),
                m.redBound(), m.greenBound(), m.windowDays(), m.minimumSample(),
                m.validityDays().isPresent() ? m.validityDays().getAsInt() : null)).toList(),
                scorecard.thresholds().amberFrom(), scorecard.thresholds().greenFrom());
    }
}
