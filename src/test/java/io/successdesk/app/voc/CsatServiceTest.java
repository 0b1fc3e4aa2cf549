package io.successdesk.app.voc;

import io.successdesk.app.change.TestAccountChanges;

import io.successdesk.app.InvalidInputException;
import io.successdesk.app.PageRequest;
import io.successdesk.app.audit.InMemoryAuditLog;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.value.Percentage;
import io.successdesk.domain.voc.CsatSummary;
import io.successdesk.domain.voc.CsatTrend;
import io.successdesk.domain.voc.TrendGranularity;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsatServiceTest {

    private static final Instant NOW = Instant.parse("2025-04-10T12:00:00Z");
    private static final AccountKey ACME = AccountKey.of("ACME");

    private final InMemoryCsatStore store = new InMemoryCsatStore();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final CsatService service = new CsatService(store, auditLog, Clock.fixed(NOW, ZoneOffset.UTC),
            TestAccountChanges.discarding());

    @Test
    void shouldStoreOnceAndAuditOnceWhenTheSameResponseArrivesTwice() {
        assertThat(service.ingest(submission("1", "ACME", 5, "2025-04-01T10:00:00Z"), "agent")).isEqualTo(IngestOutcome.CREATED);
        assertThat(service.ingest(submission("1", "ACME", 5, "2025-04-01T10:00:00Z"), "agent")).isEqualTo(IngestOutcome.UNCHANGED);

        assertThat(store.size()).isEqualTo(1);
        assertThat(auditLog.all()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("csat.ingest");
            assertThat(entry.subjectId()).isEqualTo("jsm:1");
            assertThat(entry.actor()).isEqualTo("agent");
        });
        assertThat(service.responses(ACME, PageRequest.first(10)).items()).singleElement()
                .satisfies(response -> assertThat(response.rating().value()).isEqualTo(5));
    }

    @Test
    void shouldStoreAuditAndRollUpACorrectionWhenTheSameResponseArrivesWithAnotherRating() {
        service.ingest(submission("1", "ACME", 5, "2025-04-01T10:00:00Z"), "agent");

        assertThat(service.ingest(submission("1", "ACME", 1, "2025-04-01T10:00:00Z"), "csm")).isEqualTo(IngestOutcome.UPDATED);

        assertThat(store.size()).isEqualTo(1);
        assertThat(service.responses(ACME, PageRequest.first(10)).items()).singleElement()
                .satisfies(response -> assertThat(response.rating().value()).isEqualTo(1));
        assertThat(auditLog.all()).hasSize(2).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("csat.correct");
            assertThat(entry.actor()).isEqualTo("csm");
            assertThat(entry.before()).hasValueSatisfying(before -> assertThat(before).contains("rating=5"));
            assertThat(entry.after()).hasValueSatisfying(after -> assertThat(after).contains("rating=1"));
        });
        CsatSummary summary = service.accountSummary(ACME);
        assertThat(summary.n()).isEqualTo(1);
        assertThat(summary.satisfiedShare()).contains(io.successdesk.domain.value.Percentage.ZERO);
    }

    @Test
    void shouldNameEveryMissingFieldWhenSubmissionIsEmpty() {
        assertThatThrownBy(() -> service.ingest(new CsatSubmission(null, null, null, null, null, null, null, null, null), "agent"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("externalId", "source", "accountKey", "rating", "answeredAt"));
        assertThat(store.size()).isZero();
    }

    @Test
    void shouldNameEveryInvalidFieldWhenValuesAreOutOfRange() {
        CsatSubmission bad = new CsatSubmission(" ", "EMAIL", "acme", 0L, "SUP", 6, "x".repeat(4001),
                NOW.plusSeconds(1), NOW.plusSeconds(2));

        assertThatThrownBy(() -> service.ingest(bad, "agent"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).containsOnlyKeys("externalId", "source", "accountKey", "issueId", "rating",
                            "comment", "answeredAt");
                    assertThat(e.errors().get("source")).contains("[jsm, survey, import]");
                    assertThat(e.errors().get("rating")).contains("1–5");
                });
        CsatSubmission createdAfterAnswer = new CsatSubmission("9", "SURVEY", "ACME", 7L, null, 4, null,
                NOW.minusSeconds(10), NOW.minusSeconds(5));
        assertThatThrownBy(() -> service.ingest(createdAfterAnswer, "agent"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("issueCreatedAt"));
        assertThat(service.ingest(new CsatSubmission("10", "import", "ACME", null, null, 4, null, NOW, null), "x"))
                .isEqualTo(IngestOutcome.CREATED);
    }

    @Test
    void shouldCountOnlyTheLastNinetyDaysOfTheAccountWhenSummarising() {
        // today 10 Apr 2025 → window 11 Jan – 10 Apr 2025 inclusive (90 days)
        service.ingest(submission("early", "ACME", 5, "2025-01-10T23:59:59Z"), "x");
        service.ingest(submission("first", "ACME", 5, "2025-01-11T00:00:00Z"), "x");
        service.ingest(submission("mid", "ACME", 4, "2025-02-15T08:00:00Z"), "x");
        service.ingest(submission("low", "ACME", 2, "2025-03-01T08:00:00Z"), "x");
        service.ingest(submission("today", "ACME", 1, "2025-04-10T11:00:00Z"), "x");
        service.ingest(submission("other", "GLOBEX", 5, "2025-04-01T08:00:00Z"), "x");

        CsatSummary summary = service.accountSummary(ACME);

        // 4 answers (5, 4, 2, 1): 2 satisfied → 50 %, below the minimum of 5
        assertThat(summary.n()).isEqualTo(4);
        assertThat(summary.satisfiedShare()).contains(new Percentage(50));
        assertThat(summary.status()).isEqualTo(CsatSummary.Status.INSUFFICIENT_DATA);
    }

    @Test
    void shouldApplyProjectAndAccountFiltersWhenBuildingTrend() {
        service.ingest(withProject("a", "ACME", 5, "2025-03-03T08:00:00Z", "SUP"), "x");
        service.ingest(withProject("b", "ACME", 1, "2025-03-04T08:00:00Z", "OPS"), "x");
        service.ingest(withProject("c", "GLOBEX", 4, "2025-03-18T08:00:00Z", "SUP"), "x");

        CsatTrend sup = service.trend(TrendGranularity.WEEK, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 23),
                CsatFilter.project("SUP"));
        CsatTrend acme = service.trend(TrendGranularity.MONTH, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31),
                CsatFilter.account(ACME));

        assertThat(sup.points()).extracting(point -> point.summary().n()).containsExactly(1L, 0L, 1L);
        assertThat(acme.points()).singleElement().satisfies(point -> {
            assertThat(point.summary().n()).isEqualTo(2);
            assertThat(point.summary().satisfiedShare()).contains(new Percentage(50));
        });
    }

    @Test
    void shouldRefuseReversedOrTooLongRangesWhenBuildingTrend() {
        assertThatThrownBy(() -> service.trend(TrendGranularity.WEEK, LocalDate.of(2025, 3, 2),
                LocalDate.of(2025, 3, 1), CsatFilter.ALL))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsOnlyKeys("to"));
        LocalDate from = LocalDate.of(2020, 1, 1);
        assertThat(service.trend(TrendGranularity.MONTH, from, from.plusDays(CsatService.MAX_TREND_DAYS - 1),
                CsatFilter.ALL).points()).isNotEmpty();
        assertThatThrownBy(() -> service.trend(TrendGranularity.MONTH, from, from.plusDays(CsatService.MAX_TREND_DAYS),
                CsatFilter.ALL))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsOnlyKeys("from"));
    }

    private static CsatSubmission submission(String id, String account, int rating, String answeredAt) {
        return new CsatSubmission(id, "JSM", account, 100L, null, rating, "fine", Instant.parse(answeredAt), null);
    }

    private static CsatSubmission withProject(String id, String account, int rating, String answeredAt, String project) {
        return new CsatSubmission(id, "SURVEY", account, null, project, rating, null, Instant.parse(answeredAt), null);
    }

    @Test
    void shouldStoreNothingFromABatchWithAnInvalidRowAndEachNewRowOnce() {
        CsatSubmission good = new CsatSubmission("b-1", "IMPORT", "ACME", null, null, 5, null, NOW.minusSeconds(60), null);
        CsatSubmission bad = new CsatSubmission("b-2", "IMPORT", "ACME", null, null, 9, null, NOW.minusSeconds(60), null);

        assertThatThrownBy(() -> service.ingestAll(java.util.List.of(good, bad), "csm"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("rows[1].rating"));
        assertThat(store.responsesOf(ACME, PageRequest.first(10)).total()).isZero();

        assertThat(service.ingestAll(java.util.List.of(good, good), "csm"))
                .containsExactly(IngestOutcome.CREATED, IngestOutcome.UNCHANGED);
        assertThat(service.ingestAll(java.util.List.of(good), "csm")).containsExactly(IngestOutcome.UNCHANGED);
        assertThat(store.responsesOf(ACME, PageRequest.first(10)).total()).isEqualTo(1);
        assertThat(auditLog.all()).hasSize(1);
    }
}
