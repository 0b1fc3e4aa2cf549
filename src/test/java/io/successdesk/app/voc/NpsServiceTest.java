package io.successdesk.app.voc;

import io.successdesk.app.change.TestAccountChanges;

import io.successdesk.app.InvalidInputException;
import io.successdesk.app.PageRequest;
import io.successdesk.app.audit.InMemoryAuditLog;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.voc.NetPromoterScore;
import io.successdesk.domain.voc.NpsSummary;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class NpsServiceTest {

    private static final Instant NOW = Instant.parse("2025-04-10T12:00:00Z");
    private static final AccountKey ACME = AccountKey.of("ACME");

    private final InMemoryNpsStore store = new InMemoryNpsStore();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final NpsService service = new NpsService(store, auditLog, Clock.fixed(NOW, ZoneOffset.UTC),
            TestAccountChanges.discarding());

    @Test
    void shouldStoreOnceWhenTheSameResponseArrivesTwice() {
        assertThat(service.ingest(submission("1", "ACME", 10, "2025-04-01T00:00:00Z"), "csm")).isEqualTo(IngestOutcome.CREATED);
        assertThat(service.ingest(submission("1", "ACME", 10, "2025-04-01T00:00:00Z"), "csm")).isEqualTo(IngestOutcome.UNCHANGED);

        assertThat(store.size()).isEqualTo(1);
        assertThat(auditLog.all()).singleElement()
                .satisfies(entry -> assertThat(entry.subjectId()).isEqualTo("import:1"));
    }

    @Test
    void shouldStoreAndAuditACorrectionWhenTheSameResponseArrivesWithAnotherScore() {
        service.ingest(submission("1", "ACME", 10, "2025-04-01T00:00:00Z"), "csm");

        assertThat(service.ingest(submission("1", "ACME", 0, "2025-04-01T00:00:00Z"), "csm")).isEqualTo(IngestOutcome.UPDATED);

        assertThat(store.size()).isEqualTo(1);
        assertThat(service.accountNps(ACME).detractors()).isEqualTo(1);
        assertThat(service.accountNps(ACME).promoters()).isZero();
        assertThat(auditLog.all()).hasSize(2).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("nps.correct");
            assertThat(entry.before()).hasValueSatisfying(before -> assertThat(before).contains("score=10"));
            assertThat(entry.after()).hasValueSatisfying(after -> assertThat(after).contains("score=0"));
        });
    }

    @Test
    void shouldNameEveryInvalidFieldWhenSubmissionIsWrong() {
        assertThatThrownBy(() -> service.ingest(new NpsSubmission(null, "JSM", "acme", 11, null, null, null), "csm"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("externalId", "source", "accountKey", "score", "answeredAt"));
        assertThatThrownBy(() -> service.ingest(new NpsSubmission("2", "MANUAL", "ACME", -1, null, null,
                NOW.plusSeconds(60)), "csm"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("score", "answeredAt"));
        assertThat(store.size()).isZero();
    }

    @Test
    void shouldCountOnlyTheDefaultHundredEightyDaysWhenComputingAccountNps() {
        // today 10 Apr 2025 → window 13 Oct 2024 – 10 Apr 2025 inclusive (180 days)
        service.ingest(submission("old", "ACME", 0, "2024-10-12T23:59:59Z"), "x");
        service.ingest(submission("p1", "ACME", 10, "2024-10-13T00:00:00Z"), "x");
        service.ingest(submission("p2", "ACME", 9, "2025-01-01T00:00:00Z"), "x");
        service.ingest(submission("pa", "ACME", 8, "2025-02-01T00:00:00Z"), "x");
        service.ingest(submission("d1", "ACME", 6, "2025-04-10T10:00:00Z"), "x");
        service.ingest(submission("gl", "GLOBEX", 0, "2025-04-01T00:00:00Z"), "x");

        NpsSummary acme = service.accountNps(ACME);

        // 2 promoters, 1 passive, 1 detractor of 4 → 50 % − 25 % = 25
        assertThat(acme).isEqualTo(new NpsSummary(2, 1, 1));
        assertThat(acme.score()).contains(new NetPromoterScore(25));
        assertThat(service.accountNps(ACME, 1)).isEqualTo(new NpsSummary(0, 0, 1));
        // all accounts, 180 days: 2 promoters, 1 passive, 2 detractors of 5 → 40 − 40 = 0
        assertThat(service.overallNps(180).score()).contains(new NetPromoterScore(0));
        assertThat(service.responses(Optional.of(ACME), 180, PageRequest.first(2)).total()).isEqualTo(4);
    }

    @Test
    void shouldCountEveryResponseWhenThereAreMoreThanAPageOfThem() {
        // 400 promoters and 200 detractors: (400 − 200) / 600 × 100 = 33.33
        for (int i = 0; i < 600; i++) {
            service.ingest(submission("r" + i, "ACME", i < 400 ? 10 : 3, "2025-04-0" + (1 + i % 9) + "T00:00:00Z"), "x");
        }

        NpsSummary overall = service.overallNps(30);

        assertThat(overall.n()).isEqualTo(600);
        assertThat(overall.score().orElseThrow().value()).isCloseTo(100.0 / 3, within(1e-9));
    }

    @Test
    void shouldRefuseWindowsOutsideOneToMaximumDays() {
        assertThatThrownBy(() -> service.overallNps(0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsOnlyKeys("windowDays"));
        assertThatThrownBy(() -> service.accountNps(ACME, NpsService.MAX_WINDOW_DAYS + 1))
                .isInstanceOf(InvalidInputException.class);
        assertThat(service.overallNps(NpsService.MAX_WINDOW_DAYS).score()).isEmpty();
    }

    private static NpsSubmission submission(String id, String account, int score, String answeredAt) {
        return new NpsSubmission(id, "IMPORT", account, score, null, "ann@acme.test", Instant.parse(answeredAt));
    }
}
