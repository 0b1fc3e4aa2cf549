package io.successdesk.store;

import io.successdesk.app.ConflictException;
import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.StaleVersionException;
import io.successdesk.app.account.AccountQuery;
import io.successdesk.app.account.AccountSort;
import io.successdesk.app.account.AccountWrite;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountFixtures;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.EmailDomain;
import io.successdesk.domain.account.ExternalId;
import io.successdesk.domain.account.LifecycleStage;
import io.successdesk.domain.account.Tier;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthScore;
import io.successdesk.domain.value.Money;
import io.successdesk.store.ao.AccountAttrRow;
import io.successdesk.store.ao.AccountDomainRow;
import io.successdesk.store.ao.AccountOrgRow;
import io.successdesk.store.ao.AccountRow;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Data(AoAccountStoreTest.Schema.class)
public class AoAccountStoreTest extends ActiveObjectsTestCase {

    public static final class Schema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(AccountRow.class, AccountDomainRow.class, AccountOrgRow.class, AccountAttrRow.class,
                    io.successdesk.store.ao.ExternalIdClaim.class, io.successdesk.store.ao.CsatDaily.class,
                    io.successdesk.store.ao.CsatSegmentDay.class);
        }
    }

    private static final Instant LATER = AccountFixtures.CREATED.plusSeconds(60);

    private AoAccountStore store;

    @Before
    public void createStore() {
        store = new AoAccountStore(ao);
    }

    @Test
    public void shouldPassEveryScenarioOfTheAccountStoreContract() {
        List<Method> scenarios = AccountStoreContractScenarios.all();
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(8);
        for (Method scenario : scenarios) {
            AccountStoreContractScenarios.run(scenario, () -> store, this::inRolledBackTransaction);
        }
    }

    @Test
    public void shouldRoundTripEveryFieldWithChildRowsInEntryOrder() {
        Account account = new Account(AccountKey.of("ACME"), "Acme Corporation",
                List.of(EmailDomain.of("zeta.acme.com"), EmailDomain.of("acme.com"), EmailDomain.of("acme.io")),
                List.of(30L, 10L, 20L), Tier.MID_MARKET, LifecycleStage.RENEWAL, Optional.of("csm-bob"),
                Optional.of(Money.of(99_950, "JPY")), LocalDate.of(2024, 2, 29), Optional.of(LocalDate.of(2027, 12, 31)),
                Optional.of(ExternalId.of("crm-ÄÖ-1")), Map.of("region", "EMEA", "empty", "", "long", "x".repeat(1000)),
                7, AccountFixtures.CREATED, LATER);
        store.create(account);
        assertThat(store.get(account.key())).contains(account);
        assertThat(store.find(AccountQuery.all(), PageRequest.first(10)).items()).containsExactly(account);
    }

    @Test
    public void shouldAnswerTheKeysOfATiersAndACsmsAccounts() {
        store.create(AccountFixtures.full("ACME", "acme.com", 10, "CRM-1"));       // Enterprise, csm-anna
        store.create(AccountFixtures.full("GLOBEX", "globex.com", 20, "CRM-2"));   // Enterprise, csm-anna
        store.create(AccountFixtures.minimal("INITECH"));

        assertThat(store.keys(AccountQuery.all().ofTier(Tier.ENTERPRISE)))
                .containsExactlyInAnyOrder(AccountKey.of("ACME"), AccountKey.of("GLOBEX"));
        assertThat(store.keys(AccountQuery.all().ownedBy("csm-anna").ofTier(Tier.ENTERPRISE))).hasSize(2);
        assertThat(store.keys(AccountQuery.all().ownedBy("nobody"))).isEmpty();
        assertThat(store.keys(AccountQuery.all())).hasSize(3);
    }

    @Test
    public void shouldReplaceChildRowsAndExternalIdOnUpdate() {
        Account acme = AccountFixtures.full("ACME", "acme.com", 10, "CRM-1");
        store.create(acme);
        Account changed = new Account(acme.key(), "Acme Renamed", List.of(EmailDomain.of("acme.org")), List.of(11L),
                Tier.SMB, LifecycleStage.EXPANSION, Optional.empty(), Optional.empty(), acme.contractStart(),
                Optional.empty(), Optional.of(ExternalId.of("CRM-9")), Map.of("tier-note", "moved"), 2, acme.createdAt(), LATER);
        store.update(changed, 1);
        assertThat(store.get(acme.key())).contains(changed);
        assertThat(store.claimingDomain(EmailDomain.of("acme.com"))).isEmpty();
        assertThat(store.claimingDomain(EmailDomain.of("acme.org"))).containsExactly(acme.key());
        assertThat(store.claimingOrganization(10)).isEmpty();
        assertThat(store.findByExternalId(ExternalId.of("CRM-1"))).isEmpty();
        assertThat(store.findByExternalId(ExternalId.of("CRM-9"))).contains(acme.key());
    }

    @Test
    public void shouldRefuseAnotherAccountsExternalIdOnUpdateWithoutWriting() {
        store.create(AccountFixtures.full("ACME", "acme.com", 10, "CRM-1"));
        Account globex = AccountFixtures.full("GLOBEX", "globex.com", 20, "CRM-2");
        store.create(globex);
        Account stealing = new Account(globex.key(), "Globex Renamed", globex.emailDomains(), globex.jsmOrganizationIds(),
                globex.tier(), globex.stage(), globex.csmUserKey(), globex.arr(), globex.contractStart(),
                globex.renewalDate(), Optional.of(ExternalId.of("CRM-1")), globex.customAttributes(), 2, globex.createdAt(), LATER);
        assertThatThrownBy(() -> store.update(stealing, 1)).isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).field()).isEqualTo("externalId");
        assertThat(store.get(globex.key())).contains(globex);
    }

    @Test
    public void shouldLeaveNoRowOfABatchWhenAWriteFailsMidway() {
        store.create(AccountFixtures.minimal("ACME"));
        List<AccountWrite> batch = List.of(
                new AccountWrite.Create(AccountFixtures.full("GLOBEX", "globex.com", 20, "CRM-2")),
                new AccountWrite.Create(AccountFixtures.full("INITECH", "initech.com", 30, "CRM-3")),
                new AccountWrite.Create(AccountFixtures.minimal("ACME")));
        assertThatThrownBy(() -> store.applyAll(batch)).isInstanceOf(ConflictException.class);
        assertThat(ao.count(AccountRow.class)).isEqualTo(1);
        assertThat(ao.count(AccountDomainRow.class)).isZero();
        assertThat(ao.count(AccountOrgRow.class)).isZero();
        assertThat(ao.count(AccountAttrRow.class)).isZero();
    }

    @Test
    public void shouldDeleteChildRowsWithTheAccount() {
        store.create(AccountFixtures.full("ACME", "acme.com", 10, "CRM-1"));
        store.delete(AccountKey.of("ACME"), 1);
        assertThat(ao.count(AccountDomainRow.class) + ao.count(AccountOrgRow.class) + ao.count(AccountAttrRow.class)).isZero();
        assertThat(store.claimingDomain(EmailDomain.of("acme.com"))).isEmpty();
    }

    @Test
    public void shouldStopClaimLookupsAfterTwoClaimants() {
        for (String key : List.of("ALPHA", "BRAVO", "CHARLIE")) {
            store.create(AccountFixtures.full(key, "shared.com", 42, "CRM-" + key));
        }
        assertThat(store.claimingDomain(EmailDomain.of("shared.com"))).hasSize(2);
        assertThat(store.claimingOrganization(42)).hasSize(2);
    }

    @Test
    public void shouldFilterByBandAndSortByHealthWithUnscoredLastWithoutChangingTheAccount() {
        store.create(AccountFixtures.minimal("ACME"));
        store.create(AccountFixtures.minimal("BETA"));
        store.create(AccountFixtures.minimal("GAMMA"));
        store.recordRefresh(AccountKey.of("ACME"), java.util.Optional.of(new io.successdesk.app.account.RecordedHealth(HealthScore.of(40.2), HealthBand.RED)), 0);
        store.recordRefresh(AccountKey.of("BETA"), java.util.Optional.of(new io.successdesk.app.account.RecordedHealth(HealthScore.of(80), HealthBand.GREEN)), 0);
        store.recordRefresh(AccountKey.of("NOPE"), java.util.Optional.of(new io.successdesk.app.account.RecordedHealth(HealthScore.of(80), HealthBand.GREEN)), 0);
        assertThat(keys(store.find(AccountQuery.all().inBand(HealthBand.RED), PageRequest.first(10)))).containsExactly("ACME");
        AccountQuery worstFirst = AccountQuery.all().sortedBy(AccountSort.HEALTH_SCORE, AccountSort.Direction.ASCENDING);
        assertThat(keys(store.find(worstFirst, PageRequest.first(10)))).containsExactly("ACME", "BETA", "GAMMA");
        AccountQuery bestFirst = worstFirst.sortedBy(AccountSort.HEALTH_SCORE, AccountSort.Direction.DESCENDING);
        assertThat(keys(store.find(bestFirst, PageRequest.first(10)))).containsExactly("BETA", "ACME", "GAMMA");
        assertThat(store.get(AccountKey.of("ACME"))).contains(AccountFixtures.minimal("ACME"));
    }

    @Test
    public void shouldPageAcrossTheBoundaryBetweenPresentAndAbsentSortValues() {
        for (String key : List.of("A1", "A2", "A3")) {
            store.create(AccountFixtures.minimal(key));
        }
        store.create(renewing("R1", LocalDate.of(2026, 3, 1)));
        store.create(renewing("R2", LocalDate.of(2026, 1, 1)));
        store.create(renewing("R3", LocalDate.of(2026, 2, 1)));
        AccountQuery latestFirst = AccountQuery.all().sortedBy(AccountSort.RENEWAL_DATE, AccountSort.Direction.DESCENDING);
        List<String> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(4);
        Page<Account> page;
        do {
            page = store.find(latestFirst, request);
            assertThat(page.total()).isEqualTo(6);
            seen.addAll(keys(page));
            request = request.next();
        } while (page.hasMore());
        assertThat(seen).containsExactly("R1", "R3", "R2", "A1", "A2", "A3");
        assertThat(keys(store.find(latestFirst, new PageRequest(2, 2)))).containsExactly("R2", "A1");
        assertThat(keys(store.find(latestFirst, new PageRequest(4, 2)))).containsExactly("A2", "A3");
        assertThat(keys(store.find(latestFirst, new PageRequest(10, 2)))).isEmpty();
    }

    @Test
    public void shouldSortByNameTierUpdatedAndArrWithKeyBreakingTies() {
        store.create(AccountFixtures.full("ZED", "zed.com", 1, "CRM-Z"));
        store.create(AccountFixtures.full("ACME", "acme.com", 2, "CRM-A"));
        store.create(AccountFixtures.minimal("BETA").withMetadata(1, AccountFixtures.CREATED, LATER));
        assertThat(keys(store.find(AccountQuery.all().sortedBy(AccountSort.TIER, AccountSort.Direction.ASCENDING),
                PageRequest.first(10)))).containsExactly("ACME", "ZED", "BETA");
        assertThat(keys(store.find(AccountQuery.all().sortedBy(AccountSort.UPDATED_AT, AccountSort.Direction.DESCENDING),
                PageRequest.first(10)))).containsExactly("BETA", "ACME", "ZED");
        assertThat(keys(store.find(AccountQuery.all().sortedBy(AccountSort.NAME, AccountSort.Direction.DESCENDING),
                PageRequest.first(10)))).containsExactly("ZED", "BETA", "ACME");
        assertThat(keys(store.find(AccountQuery.all().sortedBy(AccountSort.ARR, AccountSort.Direction.DESCENDING),
                PageRequest.first(10)))).containsExactly("ACME", "ZED", "BETA");
    }

    @Test
    @NonTransactional
    public void shouldLetExactlyOneOfTwoConcurrentUpdatesWinAndLeaveTheWinnersState() throws Exception {
        Account acme = AccountFixtures.full("ACME", "acme.com", 10, "CRM-1");
        store.create(acme);
        CountDownLatch firstHoldsTheRow = new CountDownLatch(1);
        CountDownLatch secondTried = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Account first = renamed(acme, "First Writer", "first.com");
            Account second = renamed(acme, "Second Writer", "second.com");
            Future<Object> slow = threads.submit(() -> ao.executeInTransaction(() -> {
                store.update(first, 1);
                firstHoldsTheRow.countDown();
                await(secondTried, 2);
                return null;
            }));
            assertThat(firstHoldsTheRow.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Object> fast = threads.submit(() -> {
                try {
                    store.update(second, 1);
                    return null;
                } finally {
                    secondTried.countDown();
                }
            });
            slow.get(20, TimeUnit.SECONDS);
            assertThatThrownBy(() -> fast.get(20, TimeUnit.SECONDS)).hasCauseInstanceOf(StaleVersionException.class);
            assertThat(store.get(acme.key())).contains(first);
            assertThat(store.claimingDomain(EmailDomain.of("second.com"))).isEmpty();
        } finally {
            threads.shutdownNow();
            store.delete(acme.key(), store.get(acme.key()).orElseThrow().version());
        }
    }

    private void inRolledBackTransaction(Runnable scenario) {
        try {
            ao.executeInTransaction(() -> {
                scenario.run();
                throw new RollBack();
            });
        } catch (RollBack expected) {
            // the scenario's rows are gone; the next one starts empty
        }
    }

    private static final class RollBack extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static void await(CountDownLatch latch, int seconds) {
        try {
            latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Account renamed(Account account, String name, String domain) {
        return new Account(account.key(), name, List.of(EmailDomain.of(domain)), account.jsmOrganizationIds(),
                account.tier(), account.stage(), account.csmUserKey(), account.arr(), account.contractStart(),
                account.renewalDate(), account.externalId(), account.customAttributes(), 2, account.createdAt(), LATER);
    }

    private static Account renewing(String key, LocalDate day) {
        Account minimal = AccountFixtures.minimal(key);
        return new Account(minimal.key(), minimal.name(), List.of(), List.of(), minimal.tier(), minimal.stage(),
                Optional.empty(), Optional.empty(), minimal.contractStart(), Optional.of(day), Optional.empty(), Map.of(),
                1, minimal.createdAt(), minimal.updatedAt());
    }

    private static List<String> keys(Page<Account> page) {
        return page.items().stream().map(account -> account.key().value()).toList();
    }
}
