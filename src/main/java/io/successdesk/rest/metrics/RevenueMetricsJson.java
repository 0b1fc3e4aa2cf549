package io.successdesk.rest.metrics;

import io.successdesk.app.InvalidInputException;
import io.successdesk.domain.revenue.CohortMatrix;
import io.successdesk.domain.revenue.RetentionMetrics;
import io.successdesk.domain.revenue.RetentionPoint;
import io.successdesk.domain.value.Money;
import io.successdesk.domain.value.Percentage;
import io.successdesk.rest.WireNames;
import io.successdesk.rest.account.MoneyDto;
import io.successdesk.rest.metrics.MetricsDtos.CohortCellDto;
import io.successdesk.rest.metrics.MetricsDtos.CohortDto;
import io.successdesk.rest.metrics.MetricsDtos.CohortMatrixDto;
import io.successdesk.rest.metrics.MetricsDtos.RetentionPointDto;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Maps retention series and cohort matrices to the wire; months are YYYY-MM. */
final class RevenueMetricsJson {

    private RevenueMetricsJson() {
    }

    static RetentionPointDto toDto(RetentionPoint point) {
        String start = point.startMonth().toString();
        String end = point.endMonth().toString();
        if (point.metrics().isEmpty()) {
            return new RetentionPointDto(start, end, true, point.partial(), null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null);
        }
        RetentionMetrics m = point.metrics().get();
        return new RetentionPointDto(start, end, false, point.partial(), m.cohortSize(),
                m.retainedLogos(), m.churnedLogos(), m.newLogos(), money(m.startingArr()), money(m.churnedArr()),
                money(m.contractionArr()), money(m.expansionArr()), money(m.newArr()),
                percent(m.grossRevenueRetention()), percent(m.netRevenueRetention()), percent(m.logoRetention()),
                percent(m.grossRevenueChurn()), percent(m.churnedArrShare()), percent(m.netRevenueChurn()),
                m.quickRatio().isPresent() ? m.quickRatio().getAsDouble() : null);
    }

    static CohortMatrixDto toDto(String currency, CohortMatrix matrix, YearMonth currentMonth) {
        return new CohortMatrixDto(currency, WireNames.of(matrix.granularity()), matrix.lastMonth().toString(),
                matrix.cohorts().stream().map(cohort -> new CohortDto(cohort.periodStart().toString(), cohort.size(),
                        money(cohort.startingArr()), cohort.cells().stream().map(cell -> new CohortCellDto(
                                cell.periodsSinceStart(), cell.measuredAt().toString(), cell.partialIn(currentMonth),
                                cell.activeLogos(),
                                money(cell.arr()), value(cell.logoRetention()), value(cell.revenueRetention())))
                        .toList())).toList());
    }

    /** A YYYY-MM month parameter, or {@code fallback} when absent. */
    static YearMonth month(String name, String value, YearMonth fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be a month like 2025-01");
        }
    }

    /** The last month that has ended (UTC). */
    static YearMonth lastEndedMonth(Clock clock) {
        return currentMonth(clock).minusMonths(1);
    }

    /** The current, unfinished month (UTC). */
    static YearMonth currentMonth(Clock clock) {
        return YearMonth.now(clock.withZone(ZoneOffset.UTC));
    }

    static String currency(String currency) {
        if (currency == null || currency.isEmpty()) {
            throw new InvalidInputException("currency", "is required: metrics never mix currencies");
        }
        return currency;
    }

    private static MoneyDto money(Money money) {
        return new MoneyDto(money.minorUnits(), money.currencyCode());
    }

    private static Double percent(Optional<Percentage> percentage) {
        return percentage.map(Percentage::value).orElse(null);
    }

    private static Double value(Percentage percentage) {
        return percentage == null ? null : percentage.value();
    }
}
