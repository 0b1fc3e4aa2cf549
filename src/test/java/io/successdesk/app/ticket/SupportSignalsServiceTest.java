package io.successdesk.app.ticket;

import io.successdesk.app.NotFoundException;
import io.successdesk.app.account.InMemoryAccountStore;
import io.successdesk.domain.account.AccountFixtures;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.ticket.SupportSignals;
import io.successdesk.domain.ticket.TicketFact;
import io.successdesk.domain.ticket.TicketFacts;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static io.successdesk.domain.ticket.TicketFacts.open;
import static io.successdesk.domain.ticket.TicketFacts.resolved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupportSignalsServiceTest {

    private final InMemoryTicketLedger ledger = new InMemoryTicketLedger();
    private final InMemoryAccountStore accounts = new InMemoryAccountStore();

    @Test
    void shouldComputeSignalsAsOfTheClocksUtcDay() {
        accounts.create(AccountFixtures.minimal("ACME"));
        ledger.upsert(open(1, "2025-03-31T22:00:00Z"));
        ledger.upsert(open(2, "2025-04-01T00:30:00Z"));
        // 01:30 on 1 April in Kolkata is 20:00 on 31 March UTC: today is 31 March, so #2 does not exist yet
        Clock clock = Clock.fixed(Instant.parse("2025-03-31T20:00:00Z"), ZoneId.of("Asia/Kolkata"));
        SupportSignals signals = new SupportSignalsService(ledger, accounts, clock).signalsOf(TicketFacts.ACME);
        assertThat(signals.asOf()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(signals.openCount()).isEqualTo(1);
        assertThat(signals.oldestOpenAge()).contains(Duration.ofHours(2));
    }

    @Test
    void shouldReadEveryBatchAndIncludeOldOpenTicketsButNotOldClosedOnes() {
        accounts.create(AccountFixtures.minimal("ACME"));
        int total = TicketLedger.MAX_BATCH + 5;
        for (int id = 1; id <= total; id++) {
            ledger.upsert(open(id, "2025-03-01T00:00:00Z"));
        }
        ledger.upsert(open(5000, "2020-01-01T00:00:00Z"));
        ledger.upsert(resolved(open(5001, "2020-01-01T00:00:00Z"), "2020-02-01T00:00:00Z", 0));
        Clock clock = Clock.fixed(Instant.parse("2025-03-31T12:00:00Z"), ZoneId.of("UTC"));
        SupportSignals signals = new SupportSignalsService(ledger, accounts, clock).signalsOf(TicketFacts.ACME);
        assertThat(signals.openCount()).isEqualTo(total + 1);
        assertThat(signals.oldestOpenAge()).isPresent();
        assertThat(ledger.batchReads()).isEqualTo(2);
    }

    @Test
    void shouldRefuseUnknownAccount() {
        SupportSignalsService service = new SupportSignalsService(ledger, accounts, Clock.systemUTC());
        assertThatThrownBy(() -> service.signalsOf(AccountKey.of("NOPE"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldSelectFactsRelevantSinceTheGivenInstantOnlyForTheAccount() {
        Instant since = Instant.parse("2025-01-01T00:00:00Z");
        TicketFact createdAtSince = open(1, "2025-01-01T00:00:00Z");
        TicketFact resolvedAtSince = resolved(open(2, "2024-06-01T00:00:00Z"), "2025-01-01T00:00:00Z", 0);
        TicketFact resolvedBefore = resolved(open(3, "2024-06-01T00:00:00Z"), "2024-12-31T23:59:59Z", 0);
        TicketFact answeredAtSince = TicketFacts.answered(resolvedBefore, "2024-12-31T23:59:59Z");
        TicketFact openOld = open(4, "2023-01-01T00:00:00Z");
        TicketFact otherAccount = TicketFacts.ofAccount(open(5, "2025-02-01T00:00:00Z"), AccountKey.of("GLOBEX"));
        List.of(createdAtSince, resolvedAtSince, answeredAtSince, openOld, otherAccount).forEach(ledger::upsert);
        List<TicketFact> found = new ArrayList<>();
        ledger.forEachFactRelevantSince(TicketFacts.ACME, since, found::add);
        assertThat(found).extracting(TicketFact::issueId).containsExactly(1L, 2L, 4L);
        assertThat(ledger.factsRelevantSince(TicketFacts.ACME, since, 1, 1)).extracting(TicketFact::issueId).containsExactly(2L);
    }

    @Test
    void shouldReplaceFactWithSameIssueIdAndForgetRemovedOnes() {
        ledger.upsert(open(1, "2025-01-01T00:00:00Z"));
        TicketFact done = resolved(open(1, "2025-01-01T00:00:00Z"), "2025-01-02T00:00:00Z", 0);
        ledger.upsert(done);
        assertThat(ledger.get(1)).contains(done);
        assertThat(ledger.remove(1)).isTrue();
        assertThat(ledger.remove(1)).isFalse();
        assertThat(ledger.get(1)).isEmpty();
    }
}
