package io.successdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.successdesk.app.revenue.ArrCurrencyConflictException;
import io.successdesk.app.revenue.RevenueStore.UpsertOutcome;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.revenue.ArrSnapshot;
import io.successdesk.domain.value.Money;
import io.successdesk.store.ao.ArrMonth;
import io.successdesk.store.ao.ArrVersion;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;

@Data(AoRevenueStoreTest.Schema.class)
public class AoRevenueStoreTest extends ActiveObjectsTestCase {

    public static final class Schema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(ArrMonth.class, ArrVersion.class);
        }
    }

    private static final AccountKey ACME = AccountKey.of("ACME");
    private static final AccountKey GLOBEX = AccountKey.of("GLOBEX");

    private AoRevenueStore store;

    @Before
    public void createStore() {
        store = new AoRevenueStore(ao);
    }

    @Test
    public void shouldCreateThenUpdateThenLeaveUnchangedWhenTheSameAccountAndMonthComeAgain() {
        assertThat(store.upsert(arr(ACME, "2026-01", 100_00, "EUR"))).isEqualTo(UpsertOutcome.CREATED);
        assertThat(store.upsert(arr(ACME, "2026-01", 120_00, "EUR"))).isEqualTo(UpsertOutcome.UPDATED);
        assertThat(store.upsert(arr(ACME, "2026-01", 120_00, "EUR"))).isEqualTo(UpsertOutcome.UNCHANGED);
        assertThat(store.upsert(arr(ACME, "2026-02", 120_00, "EUR"))).isEqualTo(UpsertOutcome.CREATED);

        assertThat(store.snapshots(Money.currency("EUR"), YearMonth.parse("2026-01"), YearMonth.parse("2026-02")))
                .containsExactlyInAnyOrder(arr(ACME, "2026-01", 120_00, "EUR"), arr(ACME, "2026-02", 120_00, "EUR"));
        assertThat(ao.count(ArrMonth.class)).isEqualTo(2);
    }

    @Test
    public void shouldRefuseAnotherCurrencyForAStoredAccountMonthAndWriteNoRowOfTheBatch() {
        store.upsert(arr(ACME, "2026-01", 100_00, "EUR"));

        assertThatThrownBy(() -> store.upsertAll(List.of(arr(GLOBEX, "2026-01", 5_00, "EUR"),
                arr(ACME, "2026-01", 100_00, "USD"))))
                .isInstanceOfSatisfying(ArrCurrencyConflictException.class, e -> {
                    assertThat(e.field()).isEqualTo("currency");
                    assertThat(e.snapshot()).isEqualTo(arr(ACME, "2026-01", 100_00, "USD"));
                    assertThat(e.getMessage()).contains("EUR");
                });

        YearMonth jan = YearMonth.parse("2026-01");
        assertThat(store.snapshots(Money.currency("EUR"), jan, jan)).containsExactly(arr(ACME, "2026-01", 100_00, "EUR"));
        assertThat(store.snapshots(Money.currency("USD"), jan, jan)).isEmpty();
        assertThat(store.currencies()).containsExactly(Money.currency("EUR"));
    }

    @Test
    public void shouldAnswerTheLastLoadedMonthOfACurrency() {
        store.upsertAll(List.of(arr(ACME, "2025-11", 1, "EUR"), arr(GLOBEX, "2026-02", 0, "EUR"),
                arr(ACME, "2026-05", 1, "USD")));

        assertThat(store.lastMonth(Money.currency("EUR"))).contains(YearMonth.parse("2026-02"));
        assertThat(store.lastMonth(Money.currency("JPY"))).isEmpty();
    }

    @Test
    public void shouldReturnTheInclusiveMonthRangeOfOneCurrency() {
        store.upsert(arr(ACME, "2025-12", 1, "EUR"));
        store.upsert(arr(ACME, "2026-01", 2, "EUR"));
        store.upsert(arr(GLOBEX, "2026-03", 0, "EUR"));
        store.upsert(arr(GLOBEX, "2026-04", 4, "EUR"));
        store.upsert(arr(GLOBEX, "2026-02", 9, "JPY"));

        assertThat(store.snapshots(Money.currency("EUR"), YearMonth.parse("2026-01"), YearMonth.parse("2026-03")))
                .containsExactlyInAnyOrder(arr(ACME, "2026-01", 2, "EUR"), arr(GLOBEX, "2026-03", 0, "EUR"));
        assertThat(store.snapshots(Money.currency("USD"), YearMonth.parse("2000-01"), YearMonth.parse("2099-12")))
                .isEmpty();
    }

    @Test
    public void shouldFindOneAccountsSnapshotOfAMonthInItsCurrencyOnly() {
        store.upsertAll(List.of(arr(ACME, "2026-01", 2, "EUR"), arr(GLOBEX, "2026-01", 7, "EUR"),
                arr(ACME, "2026-02", 3, "EUR"), arr(GLOBEX, "2026-02", 9, "USD")));
        YearMonth jan = YearMonth.parse("2026-01");

        assertThat(store.snapshotOf(GLOBEX, Money.currency("EUR"), jan)).contains(arr(GLOBEX, "2026-01", 7, "EUR"));
        assertThat(store.snapshotOf(ACME, Money.currency("EUR"), jan)).contains(arr(ACME, "2026-01", 2, "EUR"));
        assertThat(store.snapshotOf(GLOBEX, Money.currency("EUR"), YearMonth.parse("2026-02"))).isEmpty();
        assertThat(store.snapshotOf(ACME, Money.currency("EUR"), YearMonth.parse("2025-12"))).isEmpty();
    }

    @Test
    public void shouldFindTheFirstMonthAndEveryCurrency() {
        store.upsert(arr(ACME, "2026-01", 2, "EUR"));
        store.upsert(arr(GLOBEX, "2024-11", 2, "EUR"));
        store.upsert(arr(GLOBEX, "2023-05", 9, "JPY"));
        store.upsert(arr(ACME, "2025-05", 9, "USD"));

        assertThat(store.firstMonth(Money.currency("EUR"))).contains(YearMonth.parse("2024-11"));
        assertThat(store.firstMonth(Money.currency("GBP"))).isEmpty();
        assertThat(store.currencies()).containsExactlyInAnyOrder(Money.currency("EUR"), Money.currency("JPY"),
                Money.currency("USD"));
    }

    @Test
    public void shouldStreamEverySnapshotWhenManyAccountsAndMonthsAreStored() {
        List<ArrSnapshot> expected = new ArrayList<>();
        for (int account = 0; account < 20; account++) {
            for (int month = 1; month <= 12; month++) {
                ArrSnapshot snapshot = arr(AccountKey.of("A" + account), "2026-" + String.format("%02d", month),
                        account * 1_000L + month, "EUR");
                store.upsert(snapshot);
                expected.add(snapshot);
            }
        }

        assertThat(store.snapshots(Money.currency("EUR"), YearMonth.parse("2026-01"), YearMonth.parse("2026-12")))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    @NonTransactional
    public void shouldKeepOneRowWhenTwoThreadsUpsertTheSameAccountAndMonthAtOnce() throws Exception {
        ConcurrentLinkedQueue<UpsertOutcome> outcomes = new ConcurrentLinkedQueue<>();

        AoCsatStoreTest.inTwoThreads(thread -> {
            outcomes.add(store.upsert(arr(ACME, "2026-01", 500, "EUR")));
            return true;
        });

        assertThat(outcomes).containsExactlyInAnyOrder(UpsertOutcome.CREATED, UpsertOutcome.UNCHANGED);
        assertThat(ao.count(ArrMonth.class)).isEqualTo(1);
        assertThat(store.version(Money.currency("EUR"))).isEqualTo(1);
    }

    @Test
    public void shouldRaiseTheVersionOfACurrencyForEveryWriteThatCreatesOrChangesOneOfItsSnapshots() {
        assertThat(store.version(Money.currency("EUR"))).isZero();

        store.upsertAll(List.of(arr(ACME, "2026-01", 100_00, "EUR"), arr(GLOBEX, "2026-01", 5_00, "EUR")));
        assertThat(store.version(Money.currency("EUR"))).isEqualTo(1);
        store.upsert(arr(ACME, "2026-01", 100_00, "EUR"));
        assertThat(store.version(Money.currency("EUR"))).as("nothing changed").isEqualTo(1);
        store.upsert(arr(ACME, "2026-01", 110_00, "EUR"));
        assertThat(store.version(Money.currency("EUR"))).isEqualTo(2);
        store.upsert(arr(ACME, "2026-02", 1_00, "USD"));

        assertThat(store.version(Money.currency("EUR"))).isEqualTo(2);
        assertThat(store.version(Money.currency("USD"))).isEqualTo(1);
        assertThatThrownBy(() -> store.upsertAll(List.of(arr(GLOBEX, "2026-02", 7_00, "EUR"),
                arr(ACME, "2026-01", 1_00, "USD")))).isInstanceOf(ArrCurrencyConflictException.class);
        assertThat(store.version(Money.currency("EUR"))).as("a refused batch changes nothing").isEqualTo(2);
    }

    @Test
    @NonTransactional
    public void shouldCountBothWritesWhenTwoThreadsChangeOneCurrencyAtOnce() throws Exception {
        store.upsert(arr(ACME, "2026-01", 1_00, "EUR"));

        AoCsatStoreTest.inTwoThreads(thread -> {
            store.upsert(arr(AccountKey.of(thread.toUpperCase(java.util.Locale.ROOT)), "2026-01", 5_00, "EUR"));
            return true;
        });

        assertThat(store.version(Money.currency("EUR"))).isEqualTo(3);
    }

    private static ArrSnapshot arr(AccountKey account, String month, long minorUnits, String currency) {
        return new ArrSnapshot(account, YearMonth.parse(month), Money.of(minorUnits, currency));
    }
}
