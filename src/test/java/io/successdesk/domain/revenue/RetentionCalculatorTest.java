package io.successdesk.domain.revenue;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.value.CurrencyMismatchException;
import io.successdesk.domain.value.Money;
import io.successdesk.domain.value.Percentage;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RetentionCalculatorTest {

    static final Currency USD = Currency.getInstance("USD");
    static final YearMonth JAN = YearMonth.of(2025, 1);
    static final YearMonth FEB = YearMonth.of(2025, 2);
    static final YearMonth MAR = YearMonth.of(2025, 3);
    static final YearMonth APR = YearMonth.of(2025, 4);

    /*
     * Worked example, Jan → Apr 2025 (amounts in USD minor units):
     *   CHURN    1000 → 0        churn 1000 (an explicit 0; a missing row would carry 1000 forward)
     *   SHRINK   2000 → 1500     contraction 500
     *   GROW     3000 → 4000     expansion 1000
     *   FLAT     4000 → 4000     retained
     *   NEWCO    absent → 700    new 700 (not in the cohort)
     *   ZERO     0 → 0           nowhere
     *   BLIP     Feb 900, Mar 0  nowhere (started and churned between the snapshots)
     * start = 1000 + 2000 + 3000 + 4000 = 10000
     * GRR = (10000 − 1000 − 500) / 10000 = 85 %;  NRR = (8500 + 1000) / 10000 = 95 %
     * logo retention = 3 / 4 = 75 %;  gross revenue churn = (1000 + 500) / 10000 = 15 % = 1 − GRR
     * churned ARR share = 1000 / 10000 = 10 %
     * net revenue churn = (1000 + 500 − 1000) / 10000 = 5 %;  quick ratio = (700 + 1000) / (1000 + 500) = 1.1333
     */
    @Test
    void shouldMatchHandComputedBridgeWhenOneAccountEachChurnsContractsExpandsAndStarts() {
        RetentionCalculator calculator = new RetentionCalculator(USD, List.of(
                arr("CHURN", JAN, 1000), arr("CHURN", APR, 0), arr("SHRINK", JAN, 2000), arr("SHRINK", APR, 1500),
                arr("GROW", JAN, 3000), arr("GROW", APR, 4000), arr("FLAT", JAN, 4000), arr("FLAT", APR, 4000),
                arr("NEWCO", APR, 700), arr("ZERO", JAN, 0), arr("ZERO", APR, 0), arr("BLIP", FEB, 900), arr("BLIP", MAR, 0)));

        RetentionMetrics bridge = calculator.between(JAN, APR);

        assertThat(bridge.cohortSize()).isEqualTo(4);
        assertThat(bridge.retainedLogos()).isEqualTo(3);
        assertThat(bridge.churnedLogos()).isEqualTo(1);
        assertThat(bridge.newLogos()).isEqualTo(1);
        assertThat(bridge.startingArr()).isEqualTo(usd(10000));
        assertThat(bridge.churnedArr()).isEqualTo(usd(1000));
        assertThat(bridge.contractionArr()).isEqualTo(usd(500));
        assertThat(bridge.expansionArr()).isEqualTo(usd(1000));
        assertThat(bridge.newArr()).isEqualTo(usd(700));
        assertThat(bridge.endingCohortArr()).isEqualTo(usd(9500));
        assertThat(bridge.grossRevenueRetention()).contains(new Percentage(85));
        assertThat(bridge.netRevenueRetention()).contains(new Percentage(95));
        assertThat(bridge.logoRetention()).contains(new Percentage(75));
        assertThat(bridge.grossRevenueChurn()).contains(new Percentage(15));
        assertThat(bridge.churnedArrShare()).contains(new Percentage(10));
        assertThat(bridge.netRevenueChurn()).contains(new Percentage(5));
        assertThat(bridge.quickRatio().orElseThrow()).isCloseTo(1700.0 / 1500.0, within(1e-12));
    }

    @Test
    void shouldReportNegativeNetChurnWhenExpansionOutweighsLosses() {
        // 1000 → 1500: expansion 500, net churn = (0 + 0 − 500) / 1000 = −50 %, NRR 150 %, GRR 100 %
        RetentionMetrics bridge = new RetentionCalculator(USD, List.of(arr("GROW", JAN, 1000), arr("GROW", FEB, 1500)))
                .between(JAN, FEB);

        assertThat(bridge.netRevenueChurn()).contains(new Percentage(-50));
        assertThat(bridge.netRevenueRetention()).contains(new Percentage(150));
        assertThat(bridge.grossRevenueRetention()).contains(Percentage.HUNDRED);
        assertThat(bridge.quickRatio()).isEmpty();
    }

    @Test
    void shouldLeaveRatiosUndefinedWhenStartingArrIsZero() {
        RetentionMetrics bridge = new RetentionCalculator(USD, List.of(arr("NEWCO", FEB, 500))).between(JAN, FEB);

        assertThat(bridge.cohortSize()).isZero();
        assertThat(bridge.grossRevenueRetention()).isEmpty();
        assertThat(bridge.netRevenueRetention()).isEmpty();
        assertThat(bridge.logoRetention()).isEmpty();
        assertThat(bridge.grossRevenueChurn()).isEmpty();
        assertThat(bridge.netRevenueChurn()).isEmpty();
        assertThat(bridge.quickRatio()).isEmpty();
        assertThat(bridge.newArr()).isEqualTo(usd(500));
    }

    @Test
    void shouldCountReactivationAsNewWhenAccountWasAtZeroAtStart() {
        // BACK: 800 in Jan, 0 in Feb, 900 in Mar → Feb → Mar it is new; Jan → Mar it is retained with +100 expansion
        RetentionCalculator calculator = new RetentionCalculator(USD, List.of(
                arr("BACK", JAN, 800), arr("BACK", FEB, 0), arr("BACK", MAR, 900)));

        assertThat(calculator.between(FEB, MAR).newArr()).isEqualTo(usd(900));
        assertThat(calculator.between(FEB, MAR).cohortSize()).isZero();
        assertThat(calculator.between(JAN, MAR).retainedLogos()).isEqualTo(1);
        assertThat(calculator.between(JAN, MAR).expansionArr()).isEqualTo(usd(100));
        assertThat(calculator.between(JAN, FEB).churnedArr()).isEqualTo(usd(800));
    }

    @Test
    void shouldCompareEndsOfConsecutivePeriodsWhenBuildingSeries() {
        RetentionCalculator calculator = new RetentionCalculator(USD, List.of(arr("A", JAN, 100)));

        assertThat(calculator.periodSeries(PeriodGranularity.MONTH, JAN, MAR))
                .extracting(RetentionMetrics::startMonth, RetentionMetrics::endMonth)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(YearMonth.of(2024, 12), JAN),
                        org.assertj.core.groups.Tuple.tuple(JAN, FEB), org.assertj.core.groups.Tuple.tuple(FEB, MAR));
        // quarters ending in Feb 2025 – Sep 2025: Q1 (Dec → Mar), Q2 (Mar → Jun), Q3 (Jun → Sep)
        assertThat(calculator.periodSeries(PeriodGranularity.QUARTER, FEB, YearMonth.of(2025, 9)))
                .extracting(RetentionMetrics::startMonth, RetentionMetrics::endMonth)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(YearMonth.of(2024, 12), MAR),
                        org.assertj.core.groups.Tuple.tuple(MAR, YearMonth.of(2025, 6)),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2025, 6), YearMonth.of(2025, 9)));
        // a quarter not ended by the last month (Apr–Jun with to = May) is left out
        assertThat(calculator.periodSeries(PeriodGranularity.QUARTER, APR, YearMonth.of(2025, 5))).isEmpty();
        assertThat(calculator.trailingTwelveMonthSeries(JAN, FEB))
                .extracting(RetentionMetrics::startMonth, RetentionMetrics::endMonth)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(YearMonth.of(2024, 1), JAN),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2024, 2), FEB));
    }

    @Test
    void shouldCompareYearApartSnapshotsWhenComputingTrailingTwelveMonths() {
        // Jan 2024: 1000; Jan 2025: 1200 → NRR 120 %; Feb 2024 and Feb 2025 have no rows, so both carry January
        // forward and the Feb point reads the same 120 %
        RetentionCalculator calculator = new RetentionCalculator(USD, List.of(
                arr("A", YearMonth.of(2024, 1), 1000), arr("A", YearMonth.of(2024, 12), 5), arr("A", JAN, 1200)));

        List<RetentionMetrics> series = calculator.trailingTwelveMonthSeries(JAN, FEB);

        assertThat(series.get(0).netRevenueRetention()).contains(new Percentage(120));
        assertThat(series.get(1).cohortSize()).isEqualTo(1);
        assertThat(series.get(1).netRevenueRetention()).contains(new Percentage(120));
    }

    @Test
    void shouldRefuseMixedCurrenciesAndDuplicateMonthsWhenCreated() {
        List<ArrSnapshot> mixed = List.of(arr("A", JAN, 100), new ArrSnapshot(AccountKey.of("BB"), JAN, Money.of(100, "EUR")));

        assertThatThrownBy(() -> new RetentionCalculator(USD, mixed)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> new RetentionCalculator(USD, List.of(arr("A", JAN, 1), arr("A", JAN, 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two ARR snapshots");
        assertThatThrownBy(() -> new RetentionCalculator(USD, List.of()).between(FEB, FEB))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionCalculator(USD, List.of()).periodSeries(PeriodGranularity.MONTH, FEB, JAN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> arr("A", JAN, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseRangesThatEndBeforeTheyStartForEverySeries() {
        RetentionCalculator calculator = new RetentionCalculator(USD, List.of(arr("A", JAN, 100)));

        assertThatThrownBy(() -> calculator.trailingTwelveMonthSeries(FEB, JAN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calculator.cohortMatrix(PeriodGranularity.MONTH, FEB, JAN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldStartACohortInTheFirstMonthWithArrNotInAnEarlierZeroMonth() {
        // LATE pays nothing in Jan (an explicit 0) and 500 from Feb: a Feb cohort of one; NEVER pays nothing at all
        RetentionCalculator calculator = new RetentionCalculator(USD, List.of(
                arr("LATE", JAN, 0), arr("LATE", FEB, 500), arr("LATE", MAR, 500),
                arr("NEVER", JAN, 0), arr("NEVER", FEB, 0), arr("NEVER", MAR, 0)));

        CohortMatrix matrix = calculator.cohortMatrix(PeriodGranularity.MONTH, JAN, MAR);

        assertThat(matrix.cohorts()).singleElement().satisfies(cohort -> {
            assertThat(cohort.periodStart()).isEqualTo(FEB);
            assertThat(cohort.size()).isEqualTo(1);
            assertThat(cohort.startingArr()).isEqualTo(usd(500));
        });
    }

    @Test
    void shouldRefuseInconsistentBridgesWhenMetricsAreBuiltByHand() {
        assertThatThrownBy(() -> new RetentionMetrics(JAN, JAN, 0, 0, 0, usd(0), usd(0), usd(0), usd(0), usd(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end after");
        assertThatThrownBy(() -> new RetentionMetrics(JAN, FEB, 1, 2, 0, usd(10), usd(0), usd(0), usd(0), usd(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retained");
        assertThatThrownBy(() -> new RetentionMetrics(JAN, FEB, 2, 1, 0, usd(10), usd(6), usd(5), usd(0), usd(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot exceed");
        assertThatThrownBy(() -> new RetentionMetrics(JAN, FEB, 1, 1, 0, usd(10), usd(0), usd(0),
                Money.of(1, "EUR"), usd(0))).isInstanceOf(CurrencyMismatchException.class);
        assertThat(new RetentionMetrics(JAN, FEB, 2, 1, 0, usd(10), usd(5), usd(5), usd(0), usd(0))
                .grossRevenueRetention()).contains(Percentage.ZERO);
    }

    @Test
    void shouldGroupByCurrencyInFirstSeenOrderWhenSplitting() {
        ArrSnapshot eur = new ArrSnapshot(AccountKey.of("EU"), JAN, Money.of(100, "EUR"));
        List<ArrSnapshot> snapshots = new ArrayList<>(List.of(arr("A", JAN, 1), eur, arr("B", JAN, 2)));

        var split = RetentionCalculator.splitByCurrency(snapshots);

        assertThat(split.keySet()).containsExactly(USD, Currency.getInstance("EUR"));
        assertThat(split.get(USD)).containsExactly(arr("A", JAN, 1), arr("B", JAN, 2));
        assertThat(split.get(Currency.getInstance("EUR"))).containsExactly(eur);
    }

    static ArrSnapshot arr(String account, YearMonth month, long minorUnits) {
        return new ArrSnapshot(AccountKey.of(account.length() < 2 ? account + "_" : account), month, usd(minorUnits));
    }

    static Money usd(long minorUnits) {
        return new Money(minorUnits, USD);
    }
}
