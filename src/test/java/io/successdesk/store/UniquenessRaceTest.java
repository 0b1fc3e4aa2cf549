package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.successdesk.app.ConflictException;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountFixtures;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.cta.Cta;
import io.successdesk.domain.cta.CtaReason;
import io.successdesk.store.ao.AccountAttrRow;
import io.successdesk.store.ao.AccountDomainRow;
import io.successdesk.store.ao.AccountOrgRow;
import io.successdesk.store.ao.AccountRow;
import io.successdesk.store.ao.ActiveCtaClaim;
import io.successdesk.store.ao.CallToAction;
import io.successdesk.store.ao.ExternalIdClaim;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two writers that both passed their store's uniqueness check before either inserted (a barrier holds each one right
 * before its first insert), in transactions at READ COMMITTED as in Jira: the database lets exactly one through and
 * the other gets a {@link ConflictException} naming the field (REST answers 409), never a second row or a 500.
 */
@Data(UniquenessRaceTest.Schema.class)
public class UniquenessRaceTest extends ActiveObjectsTestCase {

    public static final class Schema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(AccountRow.class, AccountDomainRow.class, AccountOrgRow.class, AccountAttrRow.class,
                    ExternalIdClaim.class, CallToAction.class, ActiveCtaClaim.class,
                    io.successdesk.store.ao.CtaRuleConfig.class, io.successdesk.store.ao.CsatDaily.class,
                    io.successdesk.store.ao.CsatSegmentDay.class);
        }
    }

    @Test
    @NonTransactional
    public void shouldCreateOneOfTwoAccountsWithTheSameKeyCreatedAtOnce() throws Exception {
        List<Object> outcomes = race(2, (store, i) -> new AoAccountStore(store).create(AccountFixtures.minimal("RACE")));

        assertThat(outcomes).filteredOn(o -> o == null).hasSize(1);
        assertThat(outcomes).filteredOn(ConflictException.class::isInstance)
                .singleElement().extracting(o -> ((ConflictException) o).field()).isEqualTo("key");
        assertThat(ao.count(AccountRow.class, AccountRow.ACCOUNT_KEY + " = ?", "RACE")).isEqualTo(1);
    }

    @Test
    @NonTransactional
    public void shouldGiveAnExternalIdToOneOfTwoAccountsClaimingItAtOnce() throws Exception {
        List<Object> outcomes = race(2, (store, i) -> new AoAccountStore(store)
                .create(AccountFixtures.full("EXT" + i, "ext" + i + ".example", 100 + i, "CRM-SAME")));

        assertThat(outcomes).filteredOn(o -> o == null).hasSize(1);
        assertThat(outcomes).filteredOn(ConflictException.class::isInstance)
                .singleElement().extracting(o -> ((ConflictException) o).field()).isEqualTo("externalId");
        assertThat(ao.count(AccountRow.class, AccountRow.EXTERNAL_ID + " = ?", "CRM-SAME")).isEqualTo(1);
    }

    @Test
    @NonTransactional
    public void shouldOpenOneOfTwoCtasWithTheSameDedupKeyOpenedAtOnce() throws Exception {
        List<Object> outcomes = race(2, (store, i) -> new AoCtaStore(store)
                .save(AoCtaStoreTest.open("race-" + i, CtaReason.ENTERED_RED, AoCtaStoreTest.T0)));

        assertThat(outcomes).filteredOn(o -> o == null).hasSize(1);
        assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(1);
        assertThat(ao.count(CallToAction.class, CallToAction.DEDUP_KEY + " = ?", AoCtaStoreTest.RED.toString()))
                .isEqualTo(1);
        AoCtaStore store = new AoCtaStore(ao);
        Cta winner = store.findActive(AoCtaStoreTest.RED).orElseThrow();

        store.save(winner.close(AoCtaStoreTest.T0.plusSeconds(60)));
        Cta next = AoCtaStoreTest.open("after-close", CtaReason.ENTERED_RED, AoCtaStoreTest.T0.plusSeconds(120));
        store.save(next);
        assertThat(store.findActive(AoCtaStoreTest.RED)).contains(next);
    }

    @Test
    @NonTransactional
    public void shouldKeepOneOfTwoCtaRuleChangesMadeFromTheSameVersionAtOnce() throws Exception {
        java.time.Clock clock = java.time.Clock.fixed(AoCtaStoreTest.T0, java.time.ZoneOffset.UTC);
        List<Object> outcomes = race(2, (store, i) -> new AoCtaRulesStore(store, clock)
                .replace(new io.successdesk.domain.cta.CtaRuleSet(10 + i, 30, 2, 30, 90, 30, 30, 20.0), 0));

        assertThat(outcomes).filteredOn(o -> o == null).hasSize(1);
        assertThat(outcomes).filteredOn(ConflictException.class::isInstance)
                .singleElement().extracting(o -> ((ConflictException) o).field()).isEqualTo("version");
        assertThat(ao.count(io.successdesk.store.ao.CtaRuleConfig.class)).isEqualTo(1);
    }

    /** What a writer does with its own view of the database. */
    interface Writer {
        void write(ActiveObjects store, int index);
    }

    /** Runs {@code writers} writers at once; each outcome is null (written) or what it threw. */
    private List<Object> race(int writers, Writer writer) throws Exception {
        CyclicBarrier allChecked = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int index = i;
                ActiveObjects paused = InterceptedActiveObjects.around(ao, onceBeforeFirstCreate(allChecked));
                futures.add(pool.submit(() -> {
                    try {
                        writer.write(paused, index);
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static java.util.function.BiConsumer<String, Object[]> onceBeforeFirstCreate(CyclicBarrier barrier) {
        boolean[] passed = {false};
        Consumer<CyclicBarrier> await = b -> {
            try {
                b.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the other writer never reached its insert", e);
            }
        };
        return (method, args) -> {
            if (method.equals("create") && !passed[0]) {
                passed[0] = true;
                await.accept(barrier);
            }
        };
    }
}
