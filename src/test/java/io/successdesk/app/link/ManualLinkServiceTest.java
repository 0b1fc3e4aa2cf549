package io.successdesk.app.link;

import io.successdesk.app.change.TestAccountChanges;

import io.successdesk.app.NotFoundException;
import io.successdesk.app.audit.InMemoryAuditLog;
import io.successdesk.app.config.InMemorySettingsStore;
import io.successdesk.app.issue.FakeIssueReader;
import io.successdesk.app.ticket.InMemoryTicketLedger;
import io.successdesk.app.ticket.StubAccountDirectory;
import io.successdesk.app.ticket.TicketEventService;
import io.successdesk.app.ticket.TicketEventServices;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.MatchRule;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManualLinkServiceTest {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    final FakeIssueReader issues = new FakeIssueReader();
    final InMemoryTicketLedger ledger = new InMemoryTicketLedger();
    final InMemoryManualLinkStore links = new InMemoryManualLinkStore();
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final StubAccountDirectory accounts = new StubAccountDirectory().account("ACME", "acme.example").account("GLOBEX");
    final TicketEventService tickets = TicketEventServices.ledgerOnly(issues, ledger, links,
            InMemorySettingsStore.supporting("SUP"), accounts, TestAccountChanges.discarding());
    final ManualLinkService service = new ManualLinkService(links, accounts, audit, tickets, Clock.fixed(T0, ZoneOffset.UTC),
            io.successdesk.app.change.TestAccountChanges.DIRECT);

    @Test
    void shouldWinOverTheRulesAndBeAudited() {
        issues.create(1, "SUP-1", "dana", "dana@acme.example", "Bug", T0);
        tickets.issueChanged(1);

        service.link(1, AccountKey.of("GLOBEX"), "csm");

        assertThat(ledger.get(1).orElseThrow().account()).isEqualTo(AccountKey.of("GLOBEX"));
        assertThat(ledger.get(1).orElseThrow().matchedBy()).isEqualTo(MatchRule.MANUAL_LINK);
        assertThat(audit.all()).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("csm");
            assertThat(entry.action()).isEqualTo("issue.link");
            assertThat(entry.subjectId()).isEqualTo("1");
            assertThat(entry.before()).isEmpty();
            assertThat(entry.after()).contains("account=GLOBEX");
        });
    }

    @Test
    void shouldAuditNothingWhenLinkedAgainToTheSameAccount() {
        issues.create(1, "SUP-1", "dana", "dana@acme.example", "Bug", T0);
        service.link(1, AccountKey.of("GLOBEX"), "csm");
        service.link(1, AccountKey.of("GLOBEX"), "csm");

        assertThat(audit.all()).hasSize(1);
    }

    @Test
    void shouldLetTheRulesDecideAgainAfterUnlinking() {
        issues.create(1, "SUP-1", "dana", "dana@acme.example", "Bug", T0);
        service.link(1, AccountKey.of("GLOBEX"), "csm");

        assertThat(service.unlink(1, "agent")).isTrue();

        assertThat(ledger.get(1).orElseThrow().account()).isEqualTo(AccountKey.of("ACME"));
        assertThat(audit.all()).hasSize(2);
        assertThat(audit.all().get(1).before()).isEqualTo(Optional.of("account=GLOBEX"));
        assertThat(service.unlink(1, "agent")).isFalse();
    }

    @Test
    void shouldRefuseAnAccountThatDoesNotExist() {
        assertThatThrownBy(() -> service.link(1, AccountKey.of("NOPE"), "csm")).isInstanceOf(NotFoundException.class);
        assertThat(links.linkOf(1)).isEmpty();
        assertThat(audit.all()).isEmpty();
    }
}
