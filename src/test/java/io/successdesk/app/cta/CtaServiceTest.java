package io.successdesk.app.cta;

import io.successdesk.app.change.TestAccountChanges;
import io.successdesk.app.change.InMemoryAccountChangeLog;

import io.successdesk.app.ConflictException;
import io.successdesk.app.InvalidInputException;
import io.successdesk.app.NotFoundException;
import io.successdesk.app.PageRequest;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.InMemoryAuditLog;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.cta.Cta;
import io.successdesk.domain.cta.CtaContext;
import io.successdesk.domain.cta.CtaContextBuilder;
import io.successdesk.domain.cta.CtaReason;
import io.successdesk.domain.cta.CtaRuleSet;
import io.successdesk.domain.cta.CtaStatus;
import io.successdesk.domain.health.HealthBand;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CtaServiceTest {

    static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    static final AccountKey ACME = AccountKey.of("ACME");

    final InMemoryCtaStore store = new InMemoryCtaStore();
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final InMemoryAccountChangeLog changeLog = new InMemoryAccountChangeLog();

    CtaService service(RecordingCtaSink sink, LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new CtaService(store, sink, () -> CtaRuleSet.DEFAULTS, audit, clock, TestAccountChanges.over(changeLog));
    }

    static CtaContext redWithLowCsat(LocalDate today) {
        return CtaContextBuilder.quiet(ACME, today).previousBand(HealthBand.AMBER).current(40, HealthBand.RED)
                .csat("SUP-3", 1, today).build();
    }

    @Test
    void shouldStoreAuditAndHandToSinkWhenRulesPropose() {
        RecordingCtaSink sink = new RecordingCtaSink(true);

        List<Cta> created = evaluateAndOpen(service(sink, TODAY), redWithLowCsat(TODAY));

        assertThat(created).extracting(cta -> cta.key().reason()).containsExactly(CtaReason.ENTERED_RED, CtaReason.LOW_CSAT);
        assertThat(created).extracting(cta -> cta.jiraIssueKey().orElseThrow()).containsExactly("CS-1", "CS-2");
        assertThat(created.get(1).triggeringIssueKeys()).containsExactly("SUP-3");
        assertThat(store.all()).containsExactlyInAnyOrderElementsOf(created);
        assertThat(sink.received()).extracting(Cta::id).containsExactly(created.get(0).id(), created.get(1).id());
        assertThat(audit.all()).extracting(AuditEntry::action).containsExactly("cta.create", "cta.create");
        assertThat(audit.all().get(0).actor()).isEqualTo(AuditEntry.SYSTEM_ACTOR);
        assertThat(audit.all().get(0).subjectType()).isEqualTo("cta");
        assertThat(created).allSatisfy(cta -> {
            assertThat(cta.status()).isEqualTo(CtaStatus.OPEN);
            assertThat(cta.created()).isEqualTo(NOW);
        });
    }

    @Test
    void shouldKeepCtaInTheAppWhenNoCsProjectIsConfigured() {
        RecordingCtaSink sink = new RecordingCtaSink(false);

        List<Cta> created = evaluateAndOpen(service(sink, TODAY), redWithLowCsat(TODAY));

        assertThat(created).hasSize(2).allSatisfy(cta -> assertThat(cta.jiraIssueKey()).isEmpty());
        assertThat(store.all()).hasSize(2);
    }

    @Test
    void shouldCreateNothingWhileAnOpenOrSnoozedCtaHasTheSameKey() {
        RecordingCtaSink sink = new RecordingCtaSink(true);
        CtaService service = service(sink, TODAY);
        List<Cta> first = evaluateAndOpen(service, redWithLowCsat(TODAY));
        service.snooze(first.get(1).id(), TODAY.plusDays(5), "customer on holiday", "csm1");

        List<Cta> again = evaluateAndOpen(service, redWithLowCsat(TODAY));

        assertThat(again).isEmpty();
        assertThat(store.all()).hasSize(2);
        assertThat(sink.received()).hasSize(2);
    }

    @Test
    void shouldCreateAgainWhenTheEarlierCtaWasClosed() {
        RecordingCtaSink sink = new RecordingCtaSink(true);
        CtaService service = service(sink, TODAY);
        Cta red = evaluateAndOpen(service, redWithLowCsat(TODAY)).get(0);
        service.close(red.id(), "done", "csm1");

        List<Cta> again = evaluateAndOpen(service, redWithLowCsat(TODAY));

        assertThat(again).extracting(cta -> cta.key().reason()).containsExactly(CtaReason.ENTERED_RED);
        assertThat(again.get(0).id()).isNotEqualTo(red.id());
    }

    @Test
    void shouldReopenRatherThanDuplicateWhenSnoozeDateHasCome() {
        Cta snoozed = service(new RecordingCtaSink(false), TODAY).evaluate(redWithLowCsat(TODAY)).get(0);
        service(new RecordingCtaSink(false), TODAY).snooze(snoozed.id(), TODAY.plusDays(3), "later", "csm1");

        List<Cta> dayBefore = service(new RecordingCtaSink(false), TODAY.plusDays(2)).evaluate(redWithLowCsat(TODAY.plusDays(2)));
        assertThat(store.find(snoozed.id()).orElseThrow().status()).isEqualTo(CtaStatus.SNOOZED);

        List<Cta> onTheDay = service(new RecordingCtaSink(false), TODAY.plusDays(3)).evaluate(redWithLowCsat(TODAY.plusDays(3)));

        assertThat(dayBefore).isEmpty();
        assertThat(onTheDay).isEmpty();
        assertThat(store.find(snoozed.id()).orElseThrow().status()).isEqualTo(CtaStatus.OPEN);
        assertThat(audit.all()).extracting(AuditEntry::action).contains("cta.wake");
    }

    @Test
    void shouldSnoozeWithAuditWhenInputIsValid() {
        CtaService service = service(new RecordingCtaSink(false), TODAY);
        Cta cta = evaluateAndOpen(service, redWithLowCsat(TODAY)).get(0);

        Cta snoozed = service.snooze(cta.id(), TODAY.plusDays(1), " waiting ", "csm1");

        assertThat(snoozed.status()).isEqualTo(CtaStatus.SNOOZED);
        assertThat(snoozed.snooze().orElseThrow().reason()).isEqualTo("waiting");
        assertThat(store.find(cta.id())).contains(snoozed);
        AuditEntry entry = audit.all().get(audit.all().size() - 1);
        assertThat(entry.action()).isEqualTo("cta.snooze");
        assertThat(entry.actor()).isEqualTo("csm1");
        assertThat(entry.subjectId()).isEqualTo(cta.id());
        assertThat(entry.before().orElseThrow()).contains("status=OPEN");
        assertThat(entry.after().orElseThrow()).contains("status=SNOOZED", "snoozedUntil=2026-04-01");
    }

    @Test
    void shouldRefuseSnoozeWhenReasonIsBlankOrDateNotAfterToday() {
        CtaService service = service(new RecordingCtaSink(false), TODAY);
        Cta cta = evaluateAndOpen(service, redWithLowCsat(TODAY)).get(0);
        int audited = audit.all().size();

        assertThatThrownBy(() -> service.snooze(cta.id(), TODAY.plusDays(1), " ", "csm1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsKey("reason"));
        assertThatThrownBy(() -> service.snooze(cta.id(), TODAY, "later", "csm1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsKey("until"));
        assertThat(store.find(cta.id()).orElseThrow().status()).isEqualTo(CtaStatus.OPEN);
        assertThat(audit.all()).hasSize(audited);
    }

    @Test
    void shouldAnswerConflictWhenTransitionIsIllegalAndNotFoundWhenCtaIsUnknown() {
        CtaService service = service(new RecordingCtaSink(false), TODAY);
        Cta cta = evaluateAndOpen(service, redWithLowCsat(TODAY)).get(0);
        service.close(cta.id(), "done", "csm1");

        assertThatThrownBy(() -> service.close(cta.id(), "done", "csm1")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("CLOSED is final");
        assertThatThrownBy(() -> service.reopen(cta.id(), "csm1")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.snooze(cta.id(), TODAY.plusDays(2), "later", "csm1"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.close("missing", "done", "csm1")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldReopenAndCloseWithAuditWhenLegal() {
        CtaService service = service(new RecordingCtaSink(false), TODAY);
        Cta cta = evaluateAndOpen(service, redWithLowCsat(TODAY)).get(0);
        service.snooze(cta.id(), TODAY.plusDays(4), "later", "csm1");

        assertThat(service.reopen(cta.id(), "csm2").status()).isEqualTo(CtaStatus.OPEN);
        assertThatThrownBy(() -> service.close(cta.id(), "  ", "csm2")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> service.close(cta.id(), "x".repeat(CtaService.MAX_CLOSE_REASON + 1), "csm2"))
                .isInstanceOf(InvalidInputException.class);
        Cta closed = service.close(cta.id(), " Renewal signed ", "csm2");

        assertThat(closed.closedAt()).contains(NOW);
        assertThat(audit.all()).extracting(AuditEntry::action).endsWith("cta.snooze", "cta.reopen", "cta.close");
        assertThat(audit.all().get(audit.all().size() - 1).after()).as("why it was closed is kept")
                .hasValueSatisfying(after -> assertThat(after).endsWith("; closeReason=Renewal signed"));
        assertThat(changeLog.history()).as("each status change by hand marks its account")
                .containsExactly(ACME, ACME, ACME);
    }

    @Test
    void shouldListAccountCtasByStatusNewestFirst() {
        CtaService service = service(new RecordingCtaSink(false), TODAY);
        List<Cta> created = evaluateAndOpen(service, CtaContextBuilder.quiet(ACME, TODAY)
                .daysSinceTouchpoint(OptionalInt.empty()).onboardingOverdue().build());
        service.close(created.get(0).id(), "done", "csm1");

        assertThat(service.list(ACME, EnumSet.of(CtaStatus.OPEN, CtaStatus.SNOOZED), PageRequest.first(10)).items())
                .extracting(cta -> cta.key().reason()).containsExactly(CtaReason.NO_TOUCHPOINT);
        assertThat(service.list(ACME, EnumSet.allOf(CtaStatus.class), PageRequest.first(10)).total()).isEqualTo(2);
        assertThat(service.list(AccountKey.of("OTHER"), EnumSet.allOf(CtaStatus.class), PageRequest.first(10)).items()).isEmpty();
    }

    /** What an account refresh does: evaluate in its transaction, then open the Jira issues once it has committed. */
    static List<Cta> evaluateAndOpen(CtaService service, CtaContext context) {
        return service.openIssues(service.evaluate(context));
    }
}
