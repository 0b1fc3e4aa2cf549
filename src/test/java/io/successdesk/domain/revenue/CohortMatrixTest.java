package io.successdesk.domain.revenue;

import io.successdesk.domain.value.Percentage;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static io.successdesk.domain.revenue.RetentionCalculatorTest.FEB;
import static io.successdesk.domain.revenue.RetentionCalculatorTest.JAN;
import static io.successdesk.domain.revenue.RetentionCalculatorTest.MAR;
import static io.successdesk.domain.revenue.RetentionCalculatorTest.USD;
import static io.successdesk.domain.revenue.RetentionCalculatorTest.arr;
import static io.successdesk.domain.revenue.RetentionCalculatorTest.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CohortMatrixTest {

    private static final YearMonth DEC_2024 = YearMonth.of(2024, 12);

    /*
     * ARR by month-end (minor units):        Dec   Jan   Feb   Mar
     *   AA (reactivates)                        –   100     0   120
     *   BB                                      –   200   300   300
     *   CC                                      –     –   400   200
     *   DD                                      –     –   100     0
     *   EE                                      –     –   500   500
     *   FF                                      –     –     –    50
     *   HH (0 before it starts)                 –     0     –   150
     *   GG (older cohort)                    1000  1000  1000  1000
     * Monthly cohorts Jan–Mar (GG is in Dec's, outside the range):
     *   Jan: AA, BB   size 2, start 300
     *        k0 Jan: 2 logos, 300 → 100 %, 100 %
     *        k1 Feb: BB only, 300 → 50 %, 100 %
     *        k2 Mar: AA 120 + BB 300 = 420, 2 logos → 100 %, 140 %
     *   Feb: CC, DD, EE   size 3, start 1000
     *        k0 Feb: 3, 1000 → 100 %, 100 %
     *        k1 Mar: CC 200 + EE 500 = 700, 2 logos → 66.67 %, 70 %
     *   Mar: FF, HH   size 2, start 200
     *        k0 Mar: 2, 200 → 100 %, 100 %
     */
    private static final List<ArrSnapshot> HISTORY = List.of(
            arr("AA", JAN, 100), arr("AA", FEB, 0), arr("AA", MAR, 120),
            arr("BB", JAN, 200), arr("BB", FEB, 300), arr("BB", MAR, 300),
            arr("CC", FEB, 400), arr("CC", MAR, 200),
            arr("DD", FEB, 100), arr("DD", MAR, 0),
            arr("EE", FEB, 500), arr("EE", MAR, 500),
            arr("FF", MAR, 50),
            arr("HH", JAN, 0), arr("HH", MAR, 150),
            arr("GG", DEC_2024, 1000), arr("GG", JAN, 1000), arr("GG", FEB, 1000), arr("GG", MAR, 1000));

    @Test
    void shouldMatchHandComputedTriangleWhenCohortsAreMonthly() {
        CohortMatrix matrix = new RetentionCalculator(USD, HISTORY).cohortMatrix(PeriodGranularity.MONTH, JAN, MAR);

        assertThat(matrix.cohorts()).extracting(CohortMatrix.Cohort::periodStart).containsExactly(JAN, FEB, MAR);
        CohortMatrix.Cohort jan = matrix.cohorts().get(0);
        assertThat(jan.size()).isEqualTo(2);
        assertThat(jan.startingArr()).isEqualTo(usd(300));
        assertThat(jan.cells()).extracting(CohortMatrix.Cell::measuredAt).containsExactly(JAN, FEB, MAR);
        assertThat(jan.cells()).extracting(CohortMatrix.Cell::activeLogos).containsExactly(2, 1, 2);
        assertThat(jan.cells()).extracting(CohortMatrix.Cell::logoRetention)
                .containsExactly(Percentage.HUNDRED, new Percentage(50), Percentage.HUNDRED);
        assertThat(jan.cells()).extracting(CohortMatrix.Cell::revenueRetention)
                .containsExactly(Percentage.HUNDRED, Percentage.HUNDRED, new Percentage(140));
        assertThat(jan.cells().get(2).arr()).isEqualTo(usd(420));

        CohortMatrix.Cohort feb = matrix.cohorts().get(1);
        assertThat(feb.size()).isEqualTo(3);
        assertThat(feb.startingArr()).isEqualTo(usd(1000));
        assertThat(feb.cells()).extracting(CohortMatrix.Cell::periodsSinceStart).containsExactly(0, 1);
        assertThat(feb.cells().get(1).logoRetention().value()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(feb.cells().get(1).revenueRetention()).isEqualTo(new Percentage(70));

        CohortMatrix.Cohort mar = matrix.cohorts().get(2);
        assertThat(mar.size()).isEqualTo(2);
        assertThat(mar.startingArr()).isEqualTo(usd(200));
        assertThat(mar.cells()).singleElement().extracting(CohortMatrix.Cell::revenueRetention)
                .isEqualTo(Percentage.HUNDRED);
    }

    @Test
    void shouldMeasureAtQuarterEndWhenCohortsAreQuarterly() {
        // Q4 2024: GG, start 1000; k0 Dec 1000 → 100 %; k1 Mar 1000 → 100 %
        // Q1 2025: AA 100 + BB 200 + CC 400 + DD 100 + EE 500 + FF 50 + HH 150 = 1500, size 7
        //          k0 Mar: AA 120 + BB 300 + CC 200 + EE 500 + FF 50 + HH 150 = 1320, 6 logos → 85.71 %, 88 %
        CohortMatrix matrix = new RetentionCalculator(USD, HISTORY)
                .cohortMatrix(PeriodGranularity.QUARTER, YearMonth.of(2024, 11), MAR);

        assertThat(matrix.cohorts()).extracting(CohortMatrix.Cohort::periodStart)
                .containsExactly(YearMonth.of(2024, 10), JAN);
        assertThat(matrix.cohorts().get(0).cells()).extracting(CohortMatrix.Cell::measuredAt).containsExactly(DEC_2024, MAR);
        CohortMatrix.Cohort q1 = matrix.cohorts().get(1);
        assertThat(q1.size()).isEqualTo(7);
        assertThat(q1.startingArr()).isEqualTo(usd(1500));
        assertThat(q1.cells()).singleElement().satisfies(cell -> {
            assertThat(cell.activeLogos()).isEqualTo(6);
            assertThat(cell.logoRetention().value()).isCloseTo(600.0 / 7, within(1e-9));
            assertThat(cell.revenueRetention()).isEqualTo(new Percentage(88));
        });
    }

    @Test
    void shouldLeaveOutCohortsOutsideTheRangeAndPeriodsAfterTheLastMonth() {
        CohortMatrix matrix = new RetentionCalculator(USD, HISTORY).cohortMatrix(PeriodGranularity.MONTH, FEB, FEB);

        assertThat(matrix.cohorts()).singleElement().satisfies(cohort -> {
            assertThat(cohort.periodStart()).isEqualTo(FEB);
            assertThat(cohort.cells()).hasSize(1);
        });
        assertThat(matrix.lastMonth()).isEqualTo(FEB);
    }

    @Test
    void shouldAlignMonthsToCalendarQuartersWhenAskedForPeriodStart() {
        assertThat(PeriodGranularity.QUARTER.periodStart(YearMonth.of(2025, 3))).isEqualTo(JAN);
        assertThat(PeriodGranularity.QUARTER.periodStart(YearMonth.of(2025, 4))).isEqualTo(YearMonth.of(2025, 4));
        assertThat(PeriodGranularity.QUARTER.periodStart(YearMonth.of(2025, 12))).isEqualTo(YearMonth.of(2025, 10));
        assertThat(PeriodGranularity.QUARTER.lastMonth(JAN)).isEqualTo(MAR);
        assertThat(PeriodGranularity.MONTH.periodStart(MAR)).isEqualTo(MAR);
        assertThat(PeriodGranularity.MONTH.lastMonth(MAR)).isEqualTo(MAR);
    }
}
