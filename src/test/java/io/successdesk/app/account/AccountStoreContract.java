package io.successdesk.app.account;

import io.successdesk.app.ConflictException;
import io.successdesk.app.NotFoundException;
import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.StaleVersionException;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountFixtures;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.EmailDomain;
import io.successdesk.domain.account.ExternalId;
import io.successdesk.domain.account.Tier;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The behaviour every {@link AccountStore} must show. The in-memory fake runs it; a database store test
 * extends it too, so the fake cannot drift from the real thing.
 */
public abstract class AccountStoreContract {

    protected abstract AccountStore store();

    private static final Instant LATER = AccountFixtures.CREATED.plusSeconds(60);

    @Test
    void shouldReturnCreatedAccountByKeyAndByExternalId() {
        Account acme = AccountFixtures.full("ACME", "acme.com", 10, "CRM-1");
        store().create(acme);
        assertThat(store().get(AccountKey.of("ACME"))).contains(acme);
        assertThat(store().getByExternalId(ExternalId.of("CRM-1"))).contains(acme);
        assertThat(store().findByExternalId(ExternalId.of("CRM-1"))).contains(AccountKey.of("ACME"));
        assertThat(store().exists(AccountKey.of("ACME"))).isTrue();
        assertThat(store().exists(AccountKey.of("NOPE"))).isFalse();
        assertThat(store().getByExternalId(ExternalId.of("CRM-2"))).isEmpty();
    }

    @Test
    void shouldReadManyAccountsByKeyAndByExternalIdAtOnceAsOneByOne() {
        Account acme = AccountFixtures.full("ACME", "acme.com", 10, "CRM-1");
        Account beta = AccountFixtures.full("BETA", "beta.com", 11, "CRM-2");
        Account plain = AccountFixtures.minimal("PLAIN");
        List.of(acme, beta, plain).forEach(store()::create);
        List<AccountKey> keys = new java.util.ArrayList<>(List.of(acme.key(), beta.key(), plain.key(), acme.key()));
        for (int i = 0; i < 700; i++) {   // more keys than one statement reads
            keys.add(AccountKey.of("MISSING" + i));
        }

        assertThat(store().getAll(keys)).isEqualTo(java.util.Map.of(acme.key(), acme, beta.key(), beta,
                plain.key(), plain));
        assertThat(store().getAllByExternalId(List.of(ExternalId.of("CRM-2"), ExternalId.of("CRM-9"))))
                .isEqualTo(java.util.Map.of(ExternalId.of("CRM-2"), beta));
        assertThat(store().getAll(List.of())).isEmpty();
        assertThat(store().getAllByExternalId(List.of())).isEmpty();
    }

    @Test
    void shouldRefuseDuplicateKeyAndExternalIdWhenCreating() {
        store().create(AccountFixtures.full("ACME", "acme.com", 10, "CRM-1"));
        assertThatThrownBy(() -> store().create(AccountFixtures.minimal("ACME"))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> store().create(AccountFixtures.full("GLOBEX", "globex.com", 20, "CRM-1")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void shouldUpdateOnlyFromTheStoredVersion() {
        Account acme = AccountFixtures.minimal("ACME");
        store().create(acme);
        Account second = acme.withMetadata(2, acme.createdAt(), LATER);
        store().update(second, 1);
        assertThat(store().get(acme.key())).contains(second);
        assertThatThrownBy(() -> store().update(acme.withMetadata(2, acme.createdAt(), LATER), 1))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> store().update(AccountFixtures.minimal("NOPE").withMetadata(2, LATER, LATER), 1))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldDeleteOnlyFromTheStoredVersion() {
        store().create(AccountFixtures.minimal("ACME"));
        assertThatThrownBy(() -> store().delete(AccountKey.of("ACME"), 2)).isInstanceOf(StaleVersionException.class);
        store().delete(AccountKey.of("ACME"), 1);
        assertThat(store().exists(AccountKey.of("ACME"))).isFalse();
        assertThatThrownBy(() -> store().delete(AccountKey.of("ACME"), 1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldApplyNoWriteOfABatchWhenOneFails() {
        Account acme = AccountFixtures.minimal("ACME");
        store().create(acme);
        List<AccountWrite> batch = List.of(new AccountWrite.Create(AccountFixtures.minimal("GLOBEX")),
                new AccountWrite.Update(acme.withMetadata(3, acme.createdAt(), LATER), 2));
        assertThatThrownBy(() -> store().applyAll(batch)).isInstanceOf(StaleVersionException.class);
        assertThat(store().exists(AccountKey.of("GLOBEX"))).isFalse();
        store().applyAll(List.of(new AccountWrite.Create(AccountFixtures.minimal("GLOBEX")),
                new AccountWrite.Update(acme.withMetadata(2, acme.createdAt(), LATER), 1)));
        assertThat(store().get(AccountKey.of("ACME")).orElseThrow().version()).isEqualTo(2);
        assertThat(store().exists(AccountKey.of("GLOBEX"))).isTrue();
    }

    @Test
    void shouldFindClaimantsOfDomainsAndOrganizationsExactly() {
        store().create(AccountFixtures.full("ACME", "acme.com", 10, "CRM-1"));
        store().create(AccountFixtures.full("ACME_EU", "eu.acme.com", 10, "CRM-2"));
        assertThat(store().claimingDomain(EmailDomain.of("acme.com"))).containsExactly(AccountKey.of("ACME"));
        assertThat(store().claimingDomain(EmailDomain.of("us.acme.com"))).isEmpty();
        assertThat(store().claimingOrganization(10)).containsExactlyInAnyOrder(AccountKey.of("ACME"), AccountKey.of("ACME_EU"));
        assertThat(store().claimingOrganization(11)).isEmpty();
    }

    @Test
    void shouldFilterSortAndPageAccounts() {
        store().create(AccountFixtures.full("ACME", "acme.com", 10, "CRM-1"));          // Enterprise, csm-anna, renews 2026-06-01
        store().create(AccountFixtures.minimal("BETA"));                                 // SMB, no CSM, no renewal
        store().create(AccountFixtures.full("GAMMA", "gamma.com", 30, "CRM-3"));         // Enterprise, csm-anna
        AccountQuery enterprise = AccountQuery.all().ofTier(Tier.ENTERPRISE);
        assertThat(keys(store().find(enterprise, PageRequest.first(10)))).containsExactly("ACME", "GAMMA");
        assertThat(keys(store().find(AccountQuery.all().ownedBy("csm-anna"), PageRequest.first(10)))).containsExactly("ACME", "GAMMA");
        assertThat(keys(store().find(AccountQuery.all().renewingBefore(java.time.LocalDate.of(2026, 6, 2)), PageRequest.first(10))))
                .containsExactly("ACME", "GAMMA");
        assertThat(keys(store().find(AccountQuery.all().renewingBefore(java.time.LocalDate.of(2026, 6, 1)), PageRequest.first(10))))
                .isEmpty();
        AccountQuery byKeyDescending = AccountQuery.all().sortedBy(AccountSort.KEY, AccountSort.Direction.DESCENDING);
        Page<Account> first = store().find(byKeyDescending, PageRequest.first(2));
        assertThat(keys(first)).containsExactly("GAMMA", "BETA");
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.hasMore()).isTrue();
        assertThat(keys(store().find(byKeyDescending, PageRequest.first(2).next()))).containsExactly("ACME");
    }

    @Test
    void shouldFindAccountsByKeyPrefixOrPartOfTheNameIgnoringCase() {
        store().create(AccountFixtures.full("ACME", "acme.com", 10, "CRM-1"));          // ACME Corporation
        store().create(AccountFixtures.minimal("BETA"));                                 // BETA Inc.
        store().create(AccountFixtures.full("GAMMA", "gamma.com", 30, "CRM-3"));         // GAMMA Corporation
        AccountQuery byName = AccountQuery.all().sortedBy(AccountSort.NAME, AccountSort.Direction.ASCENDING);
        assertThat(keys(store().find(byName.matching("CORP"), PageRequest.first(10)))).containsExactly("ACME", "GAMMA");
        assertThat(keys(store().find(byName.matching("ga"), PageRequest.first(10)))).containsExactly("GAMMA");
        assertThat(keys(store().find(byName.matching(" inc. "), PageRequest.first(10)))).containsExactly("BETA");
        assertThat(keys(store().find(byName.matching("zeta"), PageRequest.first(10)))).isEmpty();
        assertThat(store().find(byName.matching("%"), PageRequest.first(10)).total()).as("a bare wildcard filters nothing")
                .isEqualTo(3);
    }

    @Test
    void shouldAnswerTheRecordedHealthOfAPageOfAccountsInOneRead() {
        store().create(AccountFixtures.minimal("ACME"));
        store().create(AccountFixtures.minimal("BETA"));
        store().recordRefresh(AccountKey.of("ACME"), java.util.Optional.of(new io.successdesk.app.account.RecordedHealth(io.successdesk.domain.health.HealthScore.of(42.5), io.successdesk.domain.health.HealthBand.AMBER)), 0);
        assertThat(store().recordedHealth(List.of(AccountKey.of("ACME"), AccountKey.of("BETA"), AccountKey.of("GONE"))))
                .as("unscored and unknown accounts are absent")
                .containsOnlyKeys(AccountKey.of("ACME"))
                .containsEntry(AccountKey.of("ACME"), new RecordedHealth(io.successdesk.domain.health.HealthScore.of(42.5),
                        io.successdesk.domain.health.HealthBand.AMBER));
        assertThat(store().recordedHealth(List.of())).isEmpty();
    }

    @Test
    void shouldListOnlyAccountsWhoseLatestRefreshCountedOpenCallsToAction() {
        for (String key : List.of("ACME", "BETA", "GAMMA", "DELTA")) {
            store().create(AccountFixtures.minimal(key));
        }
        RecordedHealth amber = new RecordedHealth(io.successdesk.domain.health.HealthScore.of(61),
                io.successdesk.domain.health.HealthBand.AMBER);
        store().recordRefresh(AccountKey.of("ACME"), java.util.Optional.of(amber), 2);
        store().recordRefresh(AccountKey.of("BETA"), java.util.Optional.empty(), 1);
        store().recordRefresh(AccountKey.of("GAMMA"), java.util.Optional.of(amber), 0);
        store().recordRefresh(AccountKey.of("GONE"), java.util.Optional.of(amber), 3);   // unknown: ignored
        store().recordRefresh(AccountKey.of("BETA"), java.util.Optional.empty(), 1);     // DELTA: never refreshed

        Page<Account> withCtas = store().find(AccountQuery.all().withOpenCtas(), PageRequest.first(10));
        assertThat(keys(withCtas)).containsExactly("ACME", "BETA");
        assertThat(withCtas.total()).isEqualTo(2);
        assertThat(keys(store().find(AccountQuery.all().withOpenCtas()
                .inBand(io.successdesk.domain.health.HealthBand.AMBER), PageRequest.first(10)))).containsExactly("ACME");
        assertThat(store().recordedHealth(List.of(AccountKey.of("ACME"), AccountKey.of("BETA"))))
                .as("the health only where the refresh had one").containsOnlyKeys(AccountKey.of("ACME"));

        store().recordRefresh(AccountKey.of("ACME"), java.util.Optional.of(amber), 0);   // its CTAs were closed
        assertThat(keys(store().find(AccountQuery.all().withOpenCtas(), PageRequest.first(10)))).containsExactly("BETA");
    }

    @Test
    void shouldPageInKeyOrderAfterAKeyWithoutSkippingOrRepeating() {
        for (String key : List.of("DELTA", "ALPHA", "CHARLIE", "BRAVO", "ECHO")) {
            store().create(AccountFixtures.minimal(key));
        }
        Page<Account> first = store().find(AccountQuery.all(), PageRequest.first(2));
        assertThat(keys(first)).containsExactly("ALPHA", "BRAVO");
        Page<Account> second = store().find(AccountQuery.all().after(AccountKey.of("BRAVO")), PageRequest.first(2));
        assertThat(keys(second)).containsExactly("CHARLIE", "DELTA");
        store().create(AccountFixtures.minimal("BETA"));   // created behind the cursor: not seen again, nothing skipped
        assertThat(keys(store().find(AccountQuery.all().after(AccountKey.of("DELTA")), PageRequest.first(2))))
                .containsExactly("ECHO");
        assertThatThrownBy(() -> AccountQuery.all().sortedBy(AccountSort.NAME, AccountSort.Direction.ASCENDING)
                .after(AccountKey.of("ALPHA"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldSortAbsentValuesLastInBothDirections() {
        store().create(AccountFixtures.minimal("BETA"));
        store().create(AccountFixtures.full("ACME", "acme.com", 10, "CRM-1"));
        for (AccountSort.Direction direction : AccountSort.Direction.values()) {
            AccountQuery query = AccountQuery.all().sortedBy(AccountSort.RENEWAL_DATE, direction);
            assertThat(keys(store().find(query, PageRequest.first(10)))).containsExactly("ACME", "BETA");
            assertThat(keys(store().find(query.sortedBy(AccountSort.ARR, direction), PageRequest.first(10))))
                    .containsExactly("ACME", "BETA");
        }
    }

    private static List<String> keys(Page<Account> page) {
        return page.items().stream().map(account -> account.key().value()).toList();
    }
}
