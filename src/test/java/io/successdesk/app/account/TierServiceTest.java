package io.successdesk.app.account;

import io.successdesk.app.InvalidInputException;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.AuditQuery;
import io.successdesk.app.PageRequest;
import io.successdesk.app.audit.InMemoryAuditLog;
import io.successdesk.app.change.TestAccountChanges;
import io.successdesk.domain.account.AccountFixtures;
import io.successdesk.domain.account.Tier;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TierServiceTest {

    private final List<Tier> stored = new ArrayList<>(Tier.DEFAULTS);
    private final EditableTierCatalog catalog = new EditableTierCatalog() {
        @Override
        public List<Tier> tiers() {
            return List.copyOf(stored);
        }

        @Override
        public void replace(List<Tier> tiers) {
            stored.clear();
            stored.addAll(tiers);
        }
    };
    private final InMemoryAccountStore accounts = new InMemoryAccountStore();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final TierService service = new TierService(catalog, accounts, audit,
            Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC), TestAccountChanges.DIRECT);

    @Test
    void shouldKeepTheAdminsOrderTrimmedAndAuditTheChange() {
        assertThat(service.replace(List.of(" Strategic ", "Enterprise", "Mid-Market", "SMB"), "admin"))
                .extracting(Tier::name).containsExactly("Strategic", "Enterprise", "Mid-Market", "SMB");

        assertThat(service.tiers()).extracting(Tier::name).containsExactly("Strategic", "Enterprise", "Mid-Market", "SMB");
        List<AuditEntry> entries = audit.find(AuditQuery.ALL, PageRequest.first(10)).items();
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("config.tiers.update");
            assertThat(entry.before()).contains("[Enterprise, Mid-Market, SMB]");
            assertThat(entry.after()).contains("[Strategic, Enterprise, Mid-Market, SMB]");
        });
    }

    @Test
    void shouldWriteNothingForTheSameList() {
        service.replace(List.of("Enterprise", "Mid-Market", "SMB"), "admin");

        assertThat(audit.find(AuditQuery.ALL, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void shouldRefuseToDropATierAnAccountStillHasAndDropOneNobodyHas() {
        accounts.create(AccountFixtures.minimal("ACME"));   // SMB

        assertThatThrownBy(() -> service.replace(List.of("Enterprise", "Mid-Market"), "admin"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsEntry("tiers", "'SMB' is the tier of 1 account; give them another tier before removing it"));
        assertThat(service.tiers()).isEqualTo(Tier.DEFAULTS);

        assertThat(service.replace(List.of("SMB", "Enterprise"), "admin")).extracting(Tier::name)
                .containsExactly("SMB", "Enterprise");
    }

    @Test
    void shouldNameWhatIsWrongWithTheList() {
        assertThat(refusal(List.of())).isEqualTo("give at least one tier");
        assertThat(refusal(Collections.nCopies(EditableTierCatalog.MAX_TIERS + 1, "x"))).isEqualTo("at most 100 tiers");
        assertThat(refusal(List.of("Enterprise", "  "))).isEqualTo("tier names cannot be blank");
        assertThat(refusal(List.of("x".repeat(Tier.MAX_LENGTH + 1)))).endsWith("is longer than 40 characters");
        assertThat(refusal(List.of("Enterprise", "SMB", "ENTERPRISE"))).isEqualTo("'ENTERPRISE' is listed twice");
        assertThat(service.tiers()).isEqualTo(Tier.DEFAULTS);
    }

    private String refusal(List<String> names) {
        try {
            service.replace(names, "admin");
        } catch (InvalidInputException e) {
            return e.errors().get("tiers");
        }
        throw new AssertionError("accepted " + names);
    }
}
