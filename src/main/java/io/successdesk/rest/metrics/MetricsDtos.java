package io.successdesk.rest.metrics;

import io.successdesk.rest.account.MoneyDto;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The wire records of the metrics endpoints (definitions: docs/metrics.md). Percentages are 0–100; a value that
 * cannot be computed (no data) is omitted; money is omitted for callers who may not see revenue. {@code partial}
 * marks the current, unfinished period (its figures may still change).
 */
public final class MetricsDtos {

    private MetricsDtos() {
    }

    /**
     * One CSAT period, {@code start} inclusive to {@code end} exclusive, present even when empty. {@code status} is
     * no-data, insufficient-data (fewer than {@code minimumN} answers: values shown but flagged) or ok.
     */
    public record CsatPointDto(LocalDate start, LocalDate end, boolean partial, long n, String status,
                               boolean insufficientData,
                               Double satisfiedPercent, Double mean, Double intervalLowerPercent,
                               Double intervalUpperPercent) {
    }

    public record CsatSeriesDto(String granularity, LocalDate from, LocalDate to, int minimumN,
                                List<CsatPointDto> points) {
    }

    /**
     * True NPS (% promoters − % detractors, −100–100), absent without answers. The window ends today, so it is
     * always {@code partial}.
     */
    public record NpsDto(int windowDays, boolean partial, long n, long promoters, long passives, long detractors,
                         Double nps) {
    }

    /**
     * One retention period {@code startMonth} → {@code endMonth}. With {@code noData} (the period ends after the last
     * month with loaded ARR) only the months and flags are present. {@code grossRevenueChurn} is (churned +
     * contraction) ÷ start = 100 − GRR; {@code churnedArrShare} is churned ARR only ÷ start.
     */
    public record RetentionPointDto(String startMonth, String endMonth, boolean noData, boolean partial,
                                    Integer cohortSize, Integer retainedLogos, Integer churnedLogos, Integer newLogos,
                                    MoneyDto startingArr, MoneyDto churnedArr, MoneyDto contractionArr,
                                    MoneyDto expansionArr, MoneyDto newArr, Double grossRevenueRetention,
                                    Double netRevenueRetention, Double logoRetention, Double grossRevenueChurn,
                                    Double churnedArrShare, Double netRevenueChurn, Double quickRatio) {
    }

    public record RetentionSeriesDto(String currency, String view, List<RetentionPointDto> points) {
    }

    public record CohortCellDto(int periodsSinceStart, String measuredAt, boolean partial, int activeLogos, MoneyDto arr,
                                Double logoRetention, Double revenueRetention) {
    }

    public record CohortDto(String periodStart, int size, MoneyDto startingArr, List<CohortCellDto> cells) {
    }

    public record CohortMatrixDto(String currency, String granularity, String lastMonth, List<CohortDto> cohorts) {
    }

    /**
     * An account row of the at-risk and renewals tables; {@code arr} only for financial viewers. {@code band},
     * {@code score}, {@code trend30Days} (score change since 30 days ago), {@code topReason} (the lowest-scoring
     * measure, never the ARR measure for others) and {@code openCtas} (open or snoozed, at most 5 counted) are the
     * account's panel summary; absent until its health was first computed.
     */
    public record AccountRowDto(String key, String name, String tier, String csmUserKey, String csmDisplayName,
                                LocalDate renewalDate, MoneyDto arr, String band, Double score, Double trend30Days,
                                String topReason, Integer openCtas) {
    }

    public record AccountTableDto(List<AccountRowDto> items, long total) {
    }

    static String month(YearMonth month) {
        return month.toString();
    }
}
