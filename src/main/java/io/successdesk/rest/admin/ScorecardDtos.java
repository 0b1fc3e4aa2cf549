package io.successdesk.rest.admin;

import java.math.BigDecimal;
import java.util.List;

/** The scorecard editor on the wire. Measure ids are kind names ({@code OPEN_TICKETS}) or {@code CUSTOM:name}. */
public final class ScorecardDtos {

    private ScorecardDtos() {
    }

    /** One measure that is on: weight, red and green bounds, window, minimum n; validity only for typed-in measures. */
    public record MeasureDto(String id, BigDecimal weight, BigDecimal redBound, BigDecimal greenBound, Integer windowDays,
                             Integer minimumSample, Integer validityDays) {
    }

    /**
     * The scorecard in use ({@code version}, measures in display order, band thresholds) and {@code available}: every
     * built-in measure with its default settings, for turning a measure on.
     */
    public record ScorecardDto(String version, BigDecimal amberFrom, BigDecimal greenFrom, List<MeasureDto> measures,
                               List<MeasureDto> available) {
    }

    /** A scorecard to save: the version it was edited from (409 when another was saved meanwhile) and the draft. */
    public record SaveRequest(String basedOnVersion, BigDecimal amberFrom, BigDecimal greenFrom, List<MeasureDto> measures) {
    }

    /** A draft to preview on {@code accounts} (keys, at most 5; empty or absent: the five with the largest ARR). */
    public record PreviewRequest(BigDecimal amberFrom, BigDecimal greenFrom, List<MeasureDto> measures, List<String> accounts) {
    }

    /** Score (0–100, null: no data) and band (null with it) of one account under one scorecard, and the top reasons. */
    public record HealthDto(Double score, String band, List<String> reasons) {
    }

    /** One previewed account: under the scorecard in use, and under the draft. */
    public record PreviewLineDto(String accountKey, String accountName, HealthDto current, HealthDto draft) {
    }

    /** The preview: the version the draft would replace and one line per account. */
    public record PreviewDto(String currentVersion, List<PreviewLineDto> accounts) {
    }
}
