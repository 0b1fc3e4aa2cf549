package io.successdesk.docs;

import io.successdesk.app.change.TestAccountChanges;

import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.InMemoryAuditLog;
import io.successdesk.app.voc.CsatService;
import io.successdesk.app.voc.CsatSubmission;
import io.successdesk.app.voc.InMemoryCsatStore;
import io.successdesk.app.voc.IngestOutcome;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.revenue.ArrSnapshot;
import io.successdesk.domain.revenue.CohortMatrix;
import io.successdesk.domain.revenue.PeriodGranularity;
import io.successdesk.domain.revenue.RetentionCalculator;
import io.successdesk.domain.revenue.RetentionMetrics;
import io.successdesk.domain.revenue.RetentionPoint;
import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.value.Money;
import io.successdesk.domain.value.Percentage;
import io.successdesk.domain.voc.CsatRating;
import io.successdesk.domain.voc.CsatResponse;
import io.successdesk.domain.voc.CsatSource;
import io.successdesk.domain.voc.CsatSummary;
import io.successdesk.domain.voc.CsatTrend;
import io.successdesk.domain.voc.NpsScore;
import io.successdesk.domain.voc.NpsSummary;
import io.successdesk.domain.voc.TrendGranularity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/metrics.md prints the result of every worked example on lines starting with {@code →}. This test computes
 * each example with the app's own code and checks that the document states exactly those results, no more, no less.
 */
class MetricsDocumentationTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth JAN = YearMonth.of(2025, 1);
    private static final YearMonth FEB = YearMonth.of(2025, 2);
    private static final YearMonth MAR = YearMonth.of(2025, 3);
    private static final YearMonth APR = YearMonth.of(2025, 4);
    private static final YearMonth MAY = YearMonth.of(2025, 5);

    @Test
    void shouldStateExactlyTheResultsTheCodeComputesForEveryWorkedExample() throws IOException {
        List<String> computed = new ArrayList<>();
        computed.add(dateAttribution());
        computed.addAll(csat());
        computed.add(nps());
        computed.add(correction());
        computed.addAll(carryForward());
        computed.addAll(revenueRetention());
        computed.add(cohorts());
        computed.add(partialPeriods());

        assertThat(documentedResults()).containsExactlyElementsOf(computed);
    }

    private static String dateAttribution() {
        CsatResponse answer = new CsatResponse("late", CsatSource.IMPORT, AccountKey.of("ACME"), Optional.empty(),
                Optional.empty(), CsatRating.of(4), Optional.empty(), Instant.parse("2025-03-31T23:30:00Z"),
                Optional.of(Instant.parse("2025-03-02T09:00:00Z")));
        LocalDate day = answer.answeredDay();
        return "→ counts on " + day + ", in the week starting " + TrendGranularity.WEEK.periodStart(day)
                + " and in the month " + YearMonth.from(day);
    }

    private static List<String> csat() {
        CsatSummary ten = CsatSummary.ofRatings(ratings(5, 5, 5, 4, 4, 4, 4, 3, 2, 1), CsatSummary.DEFAULT_MINIMUM_N);
        CsatSummary three = CsatSummary.ofRatings(ratings(5, 5, 4), CsatSummary.DEFAULT_MINIMUM_N);
        return List.of("→ n = " + ten.n() + ", CSAT = " + pct(ten.satisfiedShare()) + ", mean = "
                        + fixed(ten.mean().getAsDouble()) + ", 95 % interval " + pct(ten.interval().get().lower()) + "–"
                        + pct(ten.interval().get().upper()) + ", status " + wire(ten.status()),
                "→ three answers rated 5, 5, 4: status " + wire(three.status()));
    }

    private static String nps() {
        int[] scores = {10, 10, 10, 9, 9, 8, 7, 6, 3, 0};
        NpsSummary summary = NpsSummary.of(IntStream.of(scores).mapToObj(NpsScore::of).toList());
        return "→ promoters " + summary.promoters() + ", passives " + summary.passives() + ", detractors "
                + summary.detractors() + ", NPS = " + fixed(summary.score().get().value()) + " (the mean, "
                + fixed(IntStream.of(scores).average().getAsDouble()) + ", is not NPS)";
    }

    private static String correction() {
        InMemoryAuditLog audit = new InMemoryAuditLog();
        CsatService service = new CsatService(new InMemoryCsatStore(), audit,
                Clock.fixed(Instant.parse("2025-04-10T12:00:00Z"), ZoneOffset.UTC), TestAccountChanges.discarding());
        DateWindow march = new DateWindow(LocalDate.parse("2025-03-01"), LocalDate.parse("2025-04-01"));
        service.ingest(answer(5), "csm");
        CsatSummary before = service.accountSummary(AccountKey.of("ACME"), march);
        IngestOutcome outcome = service.ingest(answer(1), "csm");
        CsatSummary after = service.accountSummary(AccountKey.of("ACME"), march);
        AuditEntry entry = audit.all().get(audit.all().size() - 1);
        return "→ March: n = " + after.n() + ", CSAT " + pct(before.satisfiedShare()) + " → " + pct(after.satisfiedShare())
                + "; outcome " + wire(outcome) + "; audit before " + field(entry.before(), "rating") + ", after "
                + field(entry.after(), "rating");
    }

    private static List<String> carryForward() {
        RetentionCalculator calculator = new RetentionCalculator(USD, List.of(arr("KEEP", JAN, 1000_00),
                arr("ZERO", JAN, 1000_00), arr("ZERO", FEB, 0), arr("LATE", JAN, 1000_00), arr("LATE", MAR, 1000_00)));
        RetentionMetrics janToMar = calculator.between(JAN, MAR);
        assertThat(janToMar.churnedArr()).isEqualTo(new Money(1000_00, USD));
        assertThat(janToMar.retainedLogos()).isEqualTo(2);
        List<RetentionPoint> later = calculator.points(
                calculator.periodSeries(PeriodGranularity.MONTH, APR, MAY), MAY.plusMonths(1));
        assertThat(later).allMatch(RetentionPoint::noData);
        return List.of("→ January → March: KEEP retained at " + money(janToMar.startingArr().minorUnits() / 3)
                        + " (carried forward), ZERO churned, logo retention " + pct(janToMar.logoRetention()),
                "→ April and May: no data");
    }

    private static List<String> revenueRetention() {
        RetentionMetrics bridge = new RetentionCalculator(USD, List.of(
                arr("CHURN", JAN, 1000_00), arr("CHURN", APR, 0), arr("SHRINK", JAN, 2000_00), arr("SHRINK", APR, 1500_00),
                arr("GROW", JAN, 3000_00), arr("GROW", APR, 4000_00), arr("FLAT", JAN, 4000_00), arr("FLAT", APR, 4000_00),
                arr("NEWCO", APR, 700_00))).between(JAN, APR);
        Percentage logoChurn = new Percentage(100 - bridge.logoRetention().get().value());
        RetentionMetrics contractionOnly = new RetentionCalculator(USD, List.of(arr("ONE", JAN, 4500_00),
                arr("ONE", FEB, 3700_00))).between(JAN, FEB);
        return List.of("→ starting ARR " + money(bridge.startingArr().minorUnits()) + ", GRR "
                        + pct(bridge.grossRevenueRetention()) + ", NRR " + pct(bridge.netRevenueRetention())
                        + ", logo retention " + pct(bridge.logoRetention()) + ", logo churn " + pct(logoChurn),
                "→ gross revenue churn " + pct(bridge.grossRevenueChurn()) + ", churned ARR share "
                        + pct(bridge.churnedArrShare()) + ", net revenue churn " + pct(bridge.netRevenueChurn())
                        + ", quick ratio " + fixed(bridge.quickRatio().getAsDouble()),
                "→ GRR " + pct(contractionOnly.grossRevenueRetention()) + ", gross revenue churn "
                        + pct(contractionOnly.grossRevenueChurn()) + ", churned ARR share "
                        + pct(contractionOnly.churnedArrShare()));
    }

    private static String cohorts() {
        CohortMatrix.Cohort january = new RetentionCalculator(USD, List.of(arr("AA", JAN, 100_00), arr("AA", FEB, 0),
                arr("AA", MAR, 120_00), arr("BB", JAN, 200_00), arr("BB", FEB, 300_00)))
                .cohortMatrix(PeriodGranularity.MONTH, JAN, MAR).cohorts().get(0);
        List<String> cells = january.cells().stream().map(cell -> cell.measuredAt().getMonth().getDisplayName(
                java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + pct(cell.logoRetention()) + " / "
                + pct(cell.revenueRetention())).toList();
        return "→ " + String.join(", ", cells) + " (logos / revenue)";
    }

    private static String partialPeriods() {
        LocalDate today = LocalDate.parse("2025-04-10");
        DateWindow range = new DateWindow(LocalDate.parse("2025-03-31"), today.plusDays(1));
        List<CsatTrend.Point> weeks = CsatTrend.of(TrendGranularity.WEEK, range, List.of(), 5).points();
        List<CsatTrend.Point> months = CsatTrend.of(TrendGranularity.MONTH, range, List.of(), 5).points();
        assertThat(weeks.get(1).partialOn(today)).isTrue();
        assertThat(months.get(1).partialOn(today)).isTrue();
        assertThat(weeks.get(0).partialOn(today) || months.get(0).partialOn(today)).isFalse();
        return "→ the week starting " + weeks.get(1).period().start() + " and the month "
                + YearMonth.from(months.get(1).period().start()) + " are partial; the week starting "
                + weeks.get(0).period().start() + " and the month " + YearMonth.from(months.get(0).period().start())
                + " are not";
    }

    /** The {@code →} lines of docs/metrics.md, each joined with its continuation lines. */
    private static List<String> documentedResults() throws IOException {
        List<String> results = new ArrayList<>();
        StringBuilder current = null;
        for (String line : Files.readAllLines(Path.of("docs/metrics.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("→ ")) {
                current = new StringBuilder(line.strip());
                results.add(null);
            } else if (current != null && !line.isBlank()) {
                current.append(' ').append(line.strip());
            } else if (current != null) {
                results.set(results.size() - 1, current.toString());
                current = null;
            }
            if (current != null) {
                results.set(results.size() - 1, current.toString());
            }
        }
        return results;
    }

    private static CsatSubmission answer(int rating) {
        return new CsatSubmission("c-1", "import", "ACME", null, null, rating, null,
                Instant.parse("2025-03-02T10:00:00Z"), null);
    }

    private static String field(Optional<String> details, String name) {
        return java.util.Arrays.stream(details.orElseThrow().split("; ")).filter(part -> part.startsWith(name + "="))
                .findFirst().orElseThrow();
    }

    private static List<CsatRating> ratings(int... values) {
        return IntStream.of(values).mapToObj(CsatRating::of).toList();
    }

    private static ArrSnapshot arr(String account, YearMonth month, long minorUnits) {
        return new ArrSnapshot(AccountKey.of(account), month, new Money(minorUnits, USD));
    }

    private static String wire(Enum<?> value) {
        return io.successdesk.app.validation.EnumNames.of(value);
    }

    private static String pct(Optional<Percentage> value) {
        return pct(value.orElseThrow());
    }

    private static String pct(Percentage value) {
        return fixed(value.value()) + " %";
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String money(long minorUnits) {
        return String.format(Locale.ROOT, "%,.2f", minorUnits / 100.0);
    }
}
