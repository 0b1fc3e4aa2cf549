package io.successdesk.app.revenue;

import io.successdesk.app.ConflictException;
import io.successdesk.app.change.TestAccountChanges;
import io.successdesk.app.InvalidInputException;
import io.successdesk.app.audit.InMemoryAuditLog;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.revenue.CohortMatrix;
import io.successdesk.domain.revenue.PeriodGranularity;
import io.successdesk.domain.revenue.RetentionMetrics;
import io.successdesk.domain.revenue.RetentionPoint;
import io.successdesk.domain.value.Money;
import io.successdesk.domain.value.Percentage;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevenueServiceTest {

    // current month April 2025, so March 2025 is the last month that has ended
    private static final Instant NOW = Instant.parse("2025-04-10T12:00:00Z");
    private static final YearMonth JAN = YearMonth.of(2025, 1);
    private static final YearMonth MAR = YearMonth.of(2025, 3);

    private final InMemoryRevenueStore store = new InMemoryRevenueStore();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final RevenueService service = new RevenueService(store, auditLog, Clock.fixed(NOW, ZoneOffset.UTC),
            TestAccountChanges.discarding());

    @Test
    void shouldCreateUpdateAndSkipUnchangedWhenHistoryIsIngestedAgain() {
        IngestReport first = service.ingestHistory(List.of(row("ACME", "2025-01", 1000, "USD"),
                row("ACME", "2025-02", 1200, "USD")), "admin");
        IngestReport second = service.ingestHistory(List.of(row("ACME", "2025-01", 1000, "USD"),
                row("ACME", "2025-02", 1300, "USD"), row("ACME", "2025-04", 1300, "USD")), "admin");

        assertThat(first).isEqualTo(new IngestReport(2, 0, 0));
        assertThat(second).isEqualTo(new IngestReport(1, 1, 1));
        assertThat(store.size()).isEqualTo(3);
        assertThat(auditLog.all()).hasSize(2).last()
                .satisfies(entry -> assertThat(entry.after()).contains("rows=3; created=1; updated=1; unchanged=1"));
    }

    @Test
    void shouldNameRowAndFieldAndWriteNothingWhenAnyRowIsInvalid() {
        List<ArrSubmission> rows = List.of(
                row("ACME", "2025-01", 1000, "USD"),
                row("acme", "2025-13", -1, "usd"),
                new ArrSubmission(null, null, null, null),
                row("ACME", "2025-05", 1, "USD"),
                row("ACME", "2025-01", 5, "USD"));

        assertThatThrownBy(() -> service.ingestHistory(rows, "admin"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).containsOnlyKeys(
                            "rows[1].accountKey", "rows[1].month", "rows[1].arrMinorUnits", "rows[1].currency",
                            "rows[2].accountKey", "rows[2].month", "rows[2].arrMinorUnits", "rows[2].currency",
                            "rows[3].month", "rows[4].month");
                    assertThat(e.errors().get("rows[3].month")).contains("2025-04");
                    assertThat(e.errors().get("rows[4].month")).contains("rows[0]");
                });
        assertThat(store.size()).isZero();
        assertThat(auditLog.all()).isEmpty();
        assertThatThrownBy(() -> service.ingestHistory(List.of(), "admin")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void shouldComputeEachCurrencyApartWhenSeriesIsAsked() {
        // USD: ACME 1000 → 800 (contraction); EUR: GLOBEX 500 → 0 (churn), never mixed in
        service.ingestHistory(List.of(row("ACME", "2025-01", 1000, "USD"), row("ACME", "2025-02", 800, "USD"),
                row("GLOBEX", "2025-01", 500, "EUR"), row("GLOBEX", "2025-02", 0, "EUR")), "admin");

        List<RetentionMetrics> usd = metrics(service.retentionSeries("USD", RetentionView.MONTHLY, YearMonth.of(2025, 2), YearMonth.of(2025, 2)));
        List<RetentionMetrics> eur = metrics(service.retentionSeries("EUR", RetentionView.MONTHLY, YearMonth.of(2025, 2), YearMonth.of(2025, 2)));

        assertThat(usd).singleElement().satisfies(point -> {
            assertThat(point.startingArr()).isEqualTo(Money.of(1000, "USD"));
            assertThat(point.grossRevenueRetention()).contains(new Percentage(80));
        });
        assertThat(eur).singleElement().satisfies(point -> {
            assertThat(point.churnedArr()).isEqualTo(Money.of(500, "EUR"));
            assertThat(point.logoRetention()).contains(Percentage.ZERO);
        });
        assertThat(service.retentionSeries("USD", RetentionView.QUARTERLY, JAN, MAR)).singleElement()
                .satisfies(point -> assertThat(point.endMonth()).isEqualTo(MAR));
        assertThat(service.retentionSeries("USD", RetentionView.TRAILING_TWELVE_MONTHS, JAN, MAR)).hasSize(3);
    }

    @Test
    void shouldRefuseUnknownCurrencyAndMonthsNotYetEndedWhenSeriesIsAsked() {
        assertThatThrownBy(() -> service.retentionSeries("XYZ", RetentionView.MONTHLY, JAN, MAR))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsOnlyKeys("currency"));
        assertThatThrownBy(() -> service.retentionSeries("USD", RetentionView.MONTHLY, JAN, YearMonth.of(2025, 5)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsOnlyKeys("to"));
        assertThatThrownBy(() -> service.retentionSeries("USD", RetentionView.MONTHLY, MAR, JAN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsOnlyKeys("to"));
        YearMonth tenYearsBefore = MAR.minusMonths(RevenueService.MAX_MONTHS);
        assertThat(service.retentionSeries("USD", RetentionView.MONTHLY, tenYearsBefore, MAR)).hasSize(121);
        assertThatThrownBy(() -> service.retentionSeries("USD", RetentionView.MONTHLY, tenYearsBefore.minusMonths(1), MAR))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsOnlyKeys("from"));
    }

    @Test
    void shouldPlaceAccountsInTheCohortOfTheirFirstArrEvenBeforeTheRange() {
        // OLD first paid in Jun 2024, so it is in no cohort of Jan–Mar 2025; NEW starts Jan 2025, Feb carries Jan forward
        service.ingestHistory(List.of(row("OLD", "2024-06", 900, "USD"), row("OLD", "2025-01", 900, "USD"),
                row("NEW", "2025-01", 100, "USD"), row("NEW", "2025-03", 150, "USD")), "admin");

        CohortMatrix matrix = service.cohortMatrix("USD", PeriodGranularity.MONTH, JAN, MAR);

        assertThat(matrix.cohorts()).singleElement().satisfies(cohort -> {
            assertThat(cohort.periodStart()).isEqualTo(JAN);
            assertThat(cohort.size()).isEqualTo(1);
            assertThat(cohort.cells()).extracting(CohortMatrix.Cell::revenueRetention)
                    .containsExactly(Percentage.HUNDRED, Percentage.HUNDRED, new Percentage(150));
        });
    }

    @Test
    void shouldUseOnlyTheGivenAccountsWhenFiltered() {
        // all accounts: 1000 + 3000 → 1000 + 0, GRR 25 %; ACME alone: 100 %
        service.ingestHistory(List.of(row("ACME", "2025-02", 1000, "USD"), row("ACME", "2025-03", 1000, "USD"),
                row("GLOBEX", "2025-02", 3000, "USD"), row("GLOBEX", "2025-03", 0, "USD"),
                row("INITECH", "2025-03", 10, "EUR")), "admin");

        assertThat(metrics(service.retentionSeries("USD", RetentionView.MONTHLY, MAR, MAR)).get(0).grossRevenueRetention())
                .contains(new Percentage(25));
        assertThat(metrics(service.retentionSeries("USD", RetentionView.MONTHLY, MAR, MAR,
                Optional.of(Set.of(AccountKey.of("ACME"))))).get(0).grossRevenueRetention()).contains(Percentage.HUNDRED);
        assertThat(service.cohortMatrix("USD", PeriodGranularity.MONTH, JAN, MAR,
                Optional.of(Set.of(AccountKey.of("GLOBEX")))).cohorts()).singleElement()
                .satisfies(cohort -> assertThat(cohort.size()).isEqualTo(1));
        assertThat(service.currencies()).containsExactly("EUR", "USD");
    }

    @Test
    void shouldRefuseARowWhoseAccountMonthIsStoredInAnotherCurrencyNamingTheFieldAndWritingNothing() {
        service.ingestHistory(List.of(row("ACME", "2025-01", 1000, "USD")), "admin");

        assertThatThrownBy(() -> service.ingestHistory(List.of(row("GLOBEX", "2025-01", 5, "EUR"),
                row("ACME", "2025-01", 1000, "EUR")), "admin"))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).isEqualTo("rows[1].currency");
                    assertThat(e.getMessage()).contains("USD");
                });
        assertThat(store.size()).isEqualTo(1);
        assertThat(store.currencies()).containsExactly(Money.currency("USD"));
    }

    @Test
    void shouldCarryArrForwardAndAnswerNoDataAfterTheLastLoadedMonth() {
        // ACME has rows for Nov 2024 only, GLOBEX for Nov 2024 and Jan 2025: the data runs through Jan 2025
        service.ingestHistory(List.of(row("ACME", "2024-11", 1000, "USD"), row("GLOBEX", "2024-11", 1000, "USD"),
                row("GLOBEX", "2025-01", 1000, "USD")), "admin");

        List<RetentionPoint> points = service.retentionSeries("USD", RetentionView.MONTHLY, YearMonth.of(2024, 12), MAR);

        assertThat(points).extracting(RetentionPoint::noData).containsExactly(false, false, true, true);
        assertThat(points.get(1).metrics().orElseThrow().grossRevenueRetention()).contains(Percentage.HUNDRED);
        assertThat(points.get(1).metrics().orElseThrow().logoRetention()).contains(Percentage.HUNDRED);
    }

    @Test
    void shouldCompareAnyTwoMonthEndsWhenTheViewIsBetween() {
        service.ingestHistory(List.of(row("ACME", "2023-03", 1000, "USD"), row("ACME", "2025-02", 1500, "USD"),
                row("GLOBEX", "2025-03", 1, "USD")), "admin");

        assertThat(service.retentionSeries("USD", RetentionView.BETWEEN, YearMonth.of(2023, 3), MAR))
                .singleElement().satisfies(point -> {
                    assertThat(point.startMonth()).isEqualTo(YearMonth.of(2023, 3));
                    assertThat(point.endMonth()).isEqualTo(MAR);
                    assertThat(point.metrics().orElseThrow().cohortSize()).isEqualTo(1);
                    assertThat(point.metrics().orElseThrow().netRevenueRetention()).contains(new Percentage(150));
                });
        assertThatThrownBy(() -> service.retentionSeries("USD", RetentionView.BETWEEN, MAR, MAR))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsOnlyKeys("to"));
        assertThatThrownBy(() -> service.retentionSeries("USD", RetentionView.BETWEEN, MAR.minusMonths(121), MAR))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsOnlyKeys("from"));
    }

    @Test
    void shouldFlagThePointOfTheCurrentMonthPartial() {
        service.ingestHistory(List.of(row("ACME", "2025-03", 1000, "USD"), row("ACME", "2025-04", 1000, "USD")),
                "admin");

        assertThat(service.retentionSeries("USD", RetentionView.MONTHLY, MAR, YearMonth.of(2025, 4)))
                .extracting(RetentionPoint::partial).containsExactly(false, true);
    }

    private static List<RetentionMetrics> metrics(List<RetentionPoint> points) {
        return points.stream().map(point -> point.metrics().orElseThrow()).toList();
    }

    private static ArrSubmission row(String account, String month, long amount, String currency) {
        return new ArrSubmission(account, month, amount, currency);
    }
}
