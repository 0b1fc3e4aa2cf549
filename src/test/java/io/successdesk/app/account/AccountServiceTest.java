package io.successdesk.app.account;

import io.successdesk.app.change.TestAccountChanges;
import io.successdesk.app.change.InMemoryAccountChangeLog;

import io.successdesk.app.ConflictException;
import io.successdesk.app.InvalidInputException;
import io.successdesk.app.NotFoundException;
import io.successdesk.app.StaleVersionException;
import io.successdesk.app.account.BulkUpsertReport.Outcome;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.InMemoryAuditLog;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.EmailDomain;
import io.successdesk.domain.account.ExternalId;
import io.successdesk.domain.account.LifecycleStage;
import io.successdesk.domain.account.Tier;
import io.successdesk.domain.value.Money;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountServiceTest {

    private static final Instant NOW = Instant.parse("2025-05-01T12:00:00Z");
    private static final AccountKey ACME = AccountKey.of("ACME");

    private final InMemoryAccountStore store = new InMemoryAccountStore();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryAccountChangeLog changeLog = new InMemoryAccountChangeLog();
    private final List<AccountKey> erased = new java.util.ArrayList<>();
    private final AccountService service = new AccountService(store, audit, Clock.fixed(NOW, ZoneOffset.UTC),
            () -> List.of(Tier.ENTERPRISE, Tier.SMB, Tier.of("Strategic")), TestAccountChanges.over(changeLog),
            key -> {
                erased.add(key);
                return new java.util.TreeMap<>();
            });

    private final AccountInput acme = AccountInput.of("ACME", "Acme Corp", "enterprise", "adoption", "2024-06-01")
            .withMatching(List.of("Acme.com", "acme.eu"), List.of(7L))
            .withCommercials(Optional.of(" csm-anna "), Optional.of(12_000_000L), Optional.of("EUR"), Optional.of("2026-06-01"))
            .withExternalId(" CRM-1 ")
            .withCustomAttributes(Map.of("region", "EMEA"));

    @Test
    void shouldCreateNormalisedAccountAtFirstVersionWhenInputIsValid() {
        Account created = service.create(acme, "alice");
        assertThat(created.key()).isEqualTo(ACME);
        assertThat(created.name()).isEqualTo("Acme Corp");
        assertThat(created.emailDomains()).containsExactly(EmailDomain.of("acme.com"), EmailDomain.of("acme.eu"));
        assertThat(created.jsmOrganizationIds()).containsExactly(7L);
        assertThat(created.tier()).isEqualTo(Tier.ENTERPRISE);
        assertThat(created.stage()).isEqualTo(LifecycleStage.ADOPTION);
        assertThat(created.csmUserKey()).contains("csm-anna");
        assertThat(created.arr()).contains(Money.of(12_000_000, "EUR"));
        assertThat(created.contractStart()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(created.renewalDate()).contains(LocalDate.of(2026, 6, 1));
        assertThat(created.externalId()).contains(ExternalId.of("CRM-1"));
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.createdAt()).isEqualTo(NOW);
        assertThat(created.updatedAt()).isEqualTo(NOW);
        assertThat(store.get(ACME)).contains(created);
    }

    @Test
    void shouldAuditCreationWithActorAndAfterState() {
        service.create(acme, "alice");
        assertThat(audit.all()).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("alice");
            assertThat(entry.action()).isEqualTo("account.create");
            assertThat(entry.subjectType()).isEqualTo("account");
            assertThat(entry.subjectId()).isEqualTo("ACME");
            assertThat(entry.at()).isEqualTo(NOW);
            assertThat(entry.before()).isEmpty();
            assertThat(entry.after()).get().asString().contains("key=ACME").contains("name=Acme Corp")
                    .contains("arr=12000000 EUR").contains("externalId=CRM-1").contains("version=1");
        });
    }

    @Test
    void shouldNameEveryInvalidFieldWhenInputIsInvalid() {
        AccountInput bad = new AccountInput(Optional.of("acme"), " ", List.of("not a domain"), List.of(0L), "Gold",
                "Sleeping", Optional.empty(), Optional.of(-1L), Optional.of("EUR"), "2024-13-01",
                Optional.of("soon"), Optional.of("x".repeat(101)), Map.of("bad key", "v"));
        assertThatThrownBy(() -> service.create(bad, "alice")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsOnlyKeys("key", "name", "emailDomains", "jsmOrganizationIds", "tier",
                        "lifecycleStage", "arrMinorUnits", "contractStart", "renewalDate", "externalId", "customAttributes"));
        assertThat(store.writes()).isZero();
        assertThat(audit.all()).isEmpty();
    }

    @Test
    void shouldRefuseHalfAnArrAndRenewalBeforeContractStart() {
        AccountInput amountOnly = acme.withCommercials(Optional.empty(), Optional.of(100L), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> service.create(amountOnly, "alice")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsOnlyKeys("arrCurrency"));
        AccountInput currencyOnly = acme.withCommercials(Optional.empty(), Optional.empty(), Optional.of("EUR"), Optional.empty());
        assertThatThrownBy(() -> service.create(currencyOnly, "alice")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsOnlyKeys("arrMinorUnits"));
        AccountInput unknownCurrency = acme.withCommercials(Optional.empty(), Optional.of(1L), Optional.of("EURO"), Optional.empty());
        assertThatThrownBy(() -> service.create(unknownCurrency, "alice")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsOnlyKeys("arrCurrency"));
        AccountInput early = acme.withCommercials(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("2024-05-31"));
        assertThatThrownBy(() -> service.create(early, "alice")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsEntry("renewalDate", "must not be before the contract start 2024-06-01"));
        AccountInput sameDay = acme.withCommercials(Optional.empty(), Optional.of(0L), Optional.of("EUR"), Optional.of("2024-06-01"));
        assertThat(service.create(sameDay, "alice").renewalDate()).contains(LocalDate.of(2024, 6, 1));
    }

    @Test
    void shouldRefuseDuplicateDomainsInOneAccount() {
        AccountInput twice = acme.withMatching(List.of("acme.com", "ACME.com"), List.of());
        assertThatThrownBy(() -> service.create(twice, "alice")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsEntry("emailDomains", "lists acme.com twice"));
    }

    @Test
    void shouldConflictWhenKeyOrExternalIdIsTaken() {
        service.create(acme, "alice");
        assertThatThrownBy(() -> service.create(acme.withExternalId("CRM-2"), "bob"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("key"));
        AccountInput sameCrm = AccountInput.of("GLOBEX", "Globex", "SMB", "ONBOARDING", "2025-01-01").withExternalId("CRM-1");
        assertThatThrownBy(() -> service.create(sameCrm, "bob"))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).isEqualTo("externalId");
                    assertThat(e.getMessage()).contains("already used by account ACME");
                });
        assertThat(audit.all()).hasSize(1);
    }

    @Test
    void shouldBumpVersionAndAuditBeforeAndAfterWhenUpdated() {
        service.create(acme, "alice");
        Account updated = service.update(ACME, 1, acme.withName("Acme Corporation"), "bob");
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.name()).isEqualTo("Acme Corporation");
        assertThat(updated.createdAt()).isEqualTo(NOW);
        assertThat(store.get(ACME)).contains(updated);
        assertThat(changeLog.history()).as("created, then renamed: both on the account-changed path")
                .containsExactly(ACME, ACME);
        AuditEntry entry = audit.all().get(1);
        assertThat(entry.action()).isEqualTo("account.update");
        assertThat(entry.actor()).isEqualTo("bob");
        assertThat(entry.before()).get().asString().contains("name=Acme Corp;").contains("version=1");
        assertThat(entry.after()).get().asString().contains("name=Acme Corporation;").contains("version=2");
    }

    @Test
    void shouldRefuseUpdateWhenVersionIsStale() {
        service.create(acme, "alice");
        service.update(ACME, 1, acme.withName("Second"), "bob");
        assertThatThrownBy(() -> service.update(ACME, 1, acme.withName("Third"), "carol"))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                });
        assertThat(store.get(ACME).orElseThrow().name()).isEqualTo("Second");
    }

    @Test
    void shouldNeitherWriteNorAuditWhenUpdateChangesNothing() {
        Account created = service.create(acme, "alice");
        int writes = store.writes();
        assertThat(service.update(ACME, 1, acme, "bob")).isEqualTo(created);
        assertThat(store.writes()).isEqualTo(writes);
        assertThat(audit.all()).hasSize(1);
    }

    @Test
    void shouldRefuseKeyChangeAndUnknownAccountWhenUpdating() {
        service.create(acme, "alice");
        assertThatThrownBy(() -> service.update(ACME, 1, acme.withKey(Optional.of("ACME2")), "bob"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsOnlyKeys("key"));
        assertThat(service.update(ACME, 1, acme.withKey(Optional.empty()).withName("Keyless"), "bob").name()).isEqualTo("Keyless");
        assertThatThrownBy(() -> service.update(AccountKey.of("NOPE"), 1, acme, "bob")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldConflictWhenUpdateTakesAnotherAccountsExternalId() {
        service.create(acme, "alice");
        service.create(AccountInput.of("GLOBEX", "Globex", "SMB", "ONBOARDING", "2025-01-01").withExternalId("CRM-2"), "alice");
        assertThatThrownBy(() -> service.update(ACME, 1, acme.withExternalId("CRM-2"), "bob"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("externalId"));
    }

    @Test
    void shouldDeleteAndAuditBeforeStateWhenVersionMatches() {
        service.create(acme, "alice");
        assertThatThrownBy(() -> service.delete(ACME, 2, "bob")).isInstanceOf(StaleVersionException.class);
        assertThat(erased).as("a refused delete erases nothing").isEmpty();
        service.delete(ACME, 1, "bob");
        assertThat(store.get(ACME)).isEmpty();
        assertThat(erased).as("everything under the key goes with the account").containsExactly(ACME);
        assertThat(changeLog.history()).as("created, then deleted").containsExactly(ACME, ACME);
        AuditEntry entry = audit.all().get(1);
        assertThat(entry.action()).isEqualTo("account.delete");
        assertThat(entry.before()).get().asString().contains("key=ACME");
        assertThat(entry.after()).isEmpty();
        assertThatThrownBy(() -> service.delete(ACME, 1, "bob")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldCreateUpdateAndSkipRowsWhenBulkUpsertingByKey() {
        service.create(acme, "alice");
        service.create(AccountInput.of("GLOBEX", "Globex", "SMB", "ONBOARDING", "2025-01-01"), "alice");
        BulkUpsertReport report = service.bulkUpsert(List.of(
                acme.withName("Acme Renamed"),
                AccountInput.of("GLOBEX", "Globex", "SMB", "ONBOARDING", "2025-01-01"),
                AccountInput.of("INITECH", "Initech", "Strategic", "RENEWAL", "2023-01-01")), UpsertKey.KEY, "importer");
        assertThat(report.committed()).isTrue();
        assertThat(report.rows()).extracting(BulkUpsertReport.Row::outcome)
                .containsExactly(Outcome.UPDATED, Outcome.UNCHANGED, Outcome.CREATED);
        assertThat(report.rows()).extracting(row -> row.account().orElseThrow().value())
                .containsExactly("ACME", "GLOBEX", "INITECH");
        assertThat(store.get(ACME).orElseThrow().version()).isEqualTo(2);
        assertThat(store.get(AccountKey.of("INITECH")).orElseThrow().tier()).isEqualTo(Tier.of("Strategic"));
        assertThat(audit.all()).extracting(AuditEntry::action)
                .containsExactly("account.create", "account.create", "account.bulk-update", "account.bulk-create");
        assertThat(audit.all().get(2).before()).get().asString().contains("name=Acme Corp;");
    }

    @Test
    void shouldCheckEveryRowOfABulkUpsertAgainstAccountsReadOnceForAllRows() {
        service.create(acme, "alice");
        java.util.List<AccountInput> rows = new java.util.ArrayList<>(List.of(acme.withName("Acme Renamed")));
        for (int i = 0; i < 40; i++) {
            rows.add(AccountInput.of("NEW" + i, "New " + i, "SMB", "ONBOARDING", "2025-01-01"));
        }
        int reads = store.singleReads();

        BulkUpsertReport byKey = service.bulkUpsert(rows, UpsertKey.KEY, "importer");

        assertThat(byKey.committed()).isTrue();
        assertThat(store.singleReads() - reads).as("no lookup row by row").isZero();
        BulkUpsertReport again = service.bulkUpsert(rows.subList(0, 1), UpsertKey.KEY, "importer");
        assertThat(again.rows()).extracting(BulkUpsertReport.Row::outcome).containsExactly(Outcome.UNCHANGED);
        BulkUpsertReport renamed = service.bulkUpsert(List.of(
                AccountInput.of("NEW0", "New 0", "SMB", "ONBOARDING", "2025-01-01").withName("Other")), UpsertKey.KEY,
                "importer");
        assertThat(renamed.rows()).extracting(BulkUpsertReport.Row::outcome).containsExactly(Outcome.UPDATED);
    }

    @Test
    void shouldWriteNothingAndReportEveryBadRowWhenAnyRowIsInvalid() {
        service.create(acme, "alice");
        int writes = store.writes();
        BulkUpsertReport report = service.bulkUpsert(List.of(
                acme.withName("Acme Renamed"),
                AccountInput.of("GLOBEX", "Globex", "Gold", "ONBOARDING", "2025-01-01"),
                AccountInput.of("INITECH", "Initech", "SMB", "RENEWAL", "2023-01-01"),
                AccountInput.of("INITECH", "Initech again", "SMB", "RENEWAL", "2023-01-01"),
                AccountInput.of("HOOLI", "Hooli", "SMB", "RENEWAL", "2023-01-01").withExternalId("CRM-1")), UpsertKey.KEY, "importer");
        assertThat(report.committed()).isFalse();
        assertThat(report.rows()).extracting(BulkUpsertReport.Row::outcome)
                .containsExactly(Outcome.UPDATED, Outcome.REJECTED, Outcome.CREATED, Outcome.REJECTED, Outcome.REJECTED);
        assertThat(report.rows().get(1).errors()).containsOnlyKeys("tier");
        assertThat(report.rows().get(3).errors()).containsEntry("key", "INITECH is also in row 3");
        assertThat(report.rows().get(4).errors()).containsOnlyKeys("externalId");
        assertThat(report.count(Outcome.REJECTED)).isEqualTo(3);
        assertThat(store.writes()).isEqualTo(writes);
        assertThat(store.get(ACME).orElseThrow().name()).isEqualTo("Acme Corp");
        assertThat(audit.all()).hasSize(1);
    }

    @Test
    void shouldMatchByExternalIdAndRequireKeyOnlyToCreateWhenUpsertingByExternalId() {
        service.create(acme, "alice");
        BulkUpsertReport report = service.bulkUpsert(List.of(
                acme.withKey(Optional.empty()).withName("Acme via CRM"),
                AccountInput.of("GLOBEX", "Globex", "SMB", "ONBOARDING", "2025-01-01").withExternalId("CRM-2")),
                UpsertKey.EXTERNAL_ID, "crm-sync");
        assertThat(report.committed()).isTrue();
        assertThat(report.rows()).extracting(BulkUpsertReport.Row::outcome).containsExactly(Outcome.UPDATED, Outcome.CREATED);
        assertThat(store.get(ACME).orElseThrow().name()).isEqualTo("Acme via CRM");
        assertThat(store.findByExternalId(ExternalId.of("CRM-2"))).contains(AccountKey.of("GLOBEX"));
    }

    @Test
    void shouldRejectRowsWithoutIdentityOrWithChangedKeyWhenUpsertingByExternalId() {
        service.create(acme, "alice");
        BulkUpsertReport report = service.bulkUpsert(List.of(
                AccountInput.of("GLOBEX", "Globex", "SMB", "ONBOARDING", "2025-01-01"),
                acme.withKey(Optional.of("ACME_NEW")),
                AccountInput.of("ACME", "Acme twin", "SMB", "ONBOARDING", "2025-01-01").withExternalId("CRM-9"),
                acme.withKey(Optional.empty()).withExternalId("CRM-NEW")), UpsertKey.EXTERNAL_ID, "crm-sync");
        assertThat(report.committed()).isFalse();
        assertThat(report.rows().get(0).errors()).containsEntry("externalId", "is required to upsert by externalId");
        assertThat(report.rows().get(1).errors()).containsOnlyKeys("key");
        assertThat(report.rows().get(2).errors()).containsOnlyKeys("key");
        assertThat(report.rows().get(3).errors()).containsEntry("key", "is required");
    }

    @Test
    void shouldRejectRowWithoutKeyWhenUpsertingByKey() {
        BulkUpsertReport report = service.bulkUpsert(List.of(acme.withKey(Optional.empty())), UpsertKey.KEY, "importer");
        assertThat(report.committed()).isFalse();
        assertThat(report.rows().get(0).errors()).containsEntry("key", "is required to upsert by key");
        BulkUpsertReport badKey = service.bulkUpsert(List.of(acme.withKey(Optional.of("bad"))), UpsertKey.KEY, "importer");
        assertThat(badKey.rows().get(0).errors()).containsOnlyKeys("key");
    }

    @Test
    void shouldCommitNothingWhenBatchIsEmpty() {
        BulkUpsertReport report = service.bulkUpsert(List.of(), UpsertKey.KEY, "importer");
        assertThat(report.committed()).isTrue();
        assertThat(report.rows()).isEmpty();
        assertThat(audit.all()).isEmpty();
    }

    @Test
    void shouldWriteNothingWhenABulkUpsertIsADryRun() {
        BulkUpsertReport report = service.bulkUpsert(List.of(acme), UpsertKey.KEY, "alice", ArrAccess.FULL, true);

        assertThat(report.committed()).isFalse();
        assertThat(report.rows()).singleElement().satisfies(row -> assertThat(row.outcome()).isEqualTo(BulkUpsertReport.Outcome.CREATED));
        assertThat(store.get(ACME)).isEmpty();
        assertThat(audit.all()).isEmpty();
    }

    @Test
    void shouldKeepArrWhenACallerWhoMayNotSeeItUpdates() {
        service.create(acme, "alice");
        AccountInput withoutArr = acme.withName("Acme Renamed").withCommercials(Optional.of("csm-anna"), Optional.empty(),
                Optional.empty(), Optional.of("2026-06-01"));

        Account saved = service.update(ACME, 1, withoutArr, "casey", ArrAccess.HIDDEN);
        BulkUpsertReport again = service.bulkUpsert(List.of(withoutArr), UpsertKey.KEY, "casey", ArrAccess.HIDDEN, false);

        assertThat(saved.name()).isEqualTo("Acme Renamed");
        assertThat(saved.arr()).contains(Money.of(12_000_000, "EUR"));
        assertThat(again.rows()).singleElement().satisfies(row -> assertThat(row.outcome()).isEqualTo(BulkUpsertReport.Outcome.UNCHANGED));
    }

    @Test
    void shouldRefuseArrFromACallerWhoMayNotSeeIt() {
        assertThatThrownBy(() -> service.create(acme, "casey", ArrAccess.HIDDEN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsKey("arrMinorUnits"));
        assertThat(store.get(ACME)).isEmpty();
    }
}
