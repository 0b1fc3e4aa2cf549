package io.successdesk.domain.revenue;

import io.successdesk.domain.value.Percentage;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static io.successdesk.domain.revenue.RetentionCalculatorTest.APR;
import static io.successdesk.domain.revenue.RetentionCalculatorTest.FEB;
import static io.successdesk.domain.revenue.RetentionCalculatorTest.JAN;
import static io.successdesk.domain.revenue.RetentionCalculatorTest.MAR;
import static io.successdesk.domain.revenue.RetentionCalculatorTest.USD;
import static io.successdesk.domain.revenue.RetentionCalculatorTest.arr;
import static io.successdesk.domain.revenue.RetentionCalculatorTest.usd;
import static org.assertj.core.api.Assertions.assertThat;

/** The definitions of docs/metrics.md that issue 9 corrected: gross churn with contraction, carry-forward, no data. */
class RetentionDefinitionsTest {

    private static final YearMonth MAY = YearMonth.of(2025, 5);

    /* A period with contraction only: GRR 82.22 % must sit beside gross revenue churn 17.78 %, never 0 %. */
    @Test
    void shouldCountContractionInGrossRevenueChurnSoThatItIsOneMinusGrr() {
        RetentionCalculator calculator = new RetentionCalculator(USD, List.of(
                arr("AA", JAN, 4500), arr("AA", FEB, 3700)));

        RetentionMetrics bridge = calculator.between(JAN, FEB);

        assertThat(bridge.grossRevenueRetention()).contains(Percentage.ratio(3700, 4500));
        assertThat(bridge.grossRevenueChurn()).contains(Percentage.ratio(800, 4500));
        assertThat(bridge.grossRevenueChurn().get().value() + bridge.grossRevenueRetention().get().value())
                .isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(bridge.churnedArrShare()).contains(new Percentage(0));
    }

    @Test
    void shouldNameChurnedOnlyRevenueChurnedArrShare() {
        RetentionCalculator calculator = new RetentionCalculator(USD, List.of(
                arr("GONE", JAN, 1000), arr("GONE", FEB, 0), arr("SHRINK", JAN, 3000), arr("SHRINK", FEB, 2000)));

        RetentionMetrics bridge = calculator.between(JAN, FEB);

        assertThat(bridge.churnedArrShare()).contains(new Percentage(25));
        assertThat(bridge.grossRevenueChurn()).contains(new Percentage(50));
    }

    @Test
    void shouldCarryArrForwardFromTheLastRowWhenAMonthHasNoRow() {
        RetentionCalculator calculator = new RetentionCalculator(USD, List.of(
                arr("KEEP", JAN, 1000), arr("OTHER", MAR, 500), arr("OTHER", JAN, 500)));

        RetentionMetrics bridge = calculator.between(JAN, MAR);

        assertThat(bridge.retainedLogos()).isEqualTo(1 + 1);
        assertThat(bridge.churnedArr()).isEqualTo(usd(0));
        assertThat(bridge.grossRevenueRetention()).contains(new Percentage(100));
    }

    @Test
    void shouldReadAnExplicitZeroAsChurnAndKeepItUntilARowChangesIt() {
        RetentionCalculator calculator = new RetentionCalculator(USD, List.of(
                arr("AA", JAN, 1000), arr("AA", FEB, 0), arr("BB", JAN, 1000), arr("BB", APR, 1000)));

        assertThat(calculator.between(JAN, MAR).churnedArr()).isEqualTo(usd(1000));
        assertThat(calculator.between(JAN, MAR).retainedLogos()).isEqualTo(1);
        assertThat(calculator.between(MAR, APR).newLogos()).isZero();
    }

    @Test
    void shouldCarryForwardInCohortCellsAndStopCellsAtTheLastLoadedMonth() {
        RetentionCalculator calculator = new RetentionCalculator(USD, List.of(
                arr("AA", JAN, 1000), arr("BB", JAN, 1000), arr("BB", MAR, 0)), MAR);

        CohortMatrix matrix = calculator.cohortMatrix(PeriodGranularity.MONTH, JAN, MAY);

        assertThat(matrix.cohorts()).singleElement().satisfies(cohort -> {
            assertThat(cohort.cells()).extracting(CohortMatrix.Cell::measuredAt).containsExactly(JAN, FEB, MAR);
            assertThat(cohort.cells()).extracting(CohortMatrix.Cell::activeLogos).containsExactly(2, 2, 1);
        });
    }

    @Test
    void shouldAnswerNoDataForPeriodsAfterTheLastLoadedMonthNeverZeroRetention() {
        RetentionCalculator calculator = new RetentionCalculator(USD, List.of(
                arr("AA", JAN, 1000), arr("AA", FEB, 1000)), FEB);

        List<RetentionPoint> series = calculator.points(calculator.periodSeries(PeriodGranularity.MONTH, FEB, APR), MAY);

        assertThat(series).extracting(RetentionPoint::noData).containsExactly(false, true, true);
        assertThat(series.get(1).metrics()).isEmpty();
        assertThat(series.get(0).metrics().flatMap(RetentionMetrics::grossRevenueRetention))
                .contains(new Percentage(100));
    }

    @Test
    void shouldFlagThePeriodEndingInTheCurrentMonthPartial() {
        RetentionCalculator calculator = new RetentionCalculator(USD, List.of(
                arr("AA", JAN, 1000), arr("AA", MAR, 1000)), MAR);

        List<RetentionPoint> series = calculator.points(calculator.periodSeries(PeriodGranularity.MONTH, FEB, MAR), MAR);

        assertThat(series).extracting(RetentionPoint::partial).containsExactly(false, true);
        assertThat(series).extracting(RetentionPoint::noData).containsExactly(false, false);
    }

}
