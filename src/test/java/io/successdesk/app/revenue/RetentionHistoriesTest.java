package io.successdesk.app.revenue;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.revenue.ArrSnapshot;
import io.successdesk.domain.revenue.RetentionCalculator;
import io.successdesk.domain.revenue.RetentionMetrics;
import io.successdesk.domain.value.Money;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionHistoriesTest {

    private static final Currency EUR = Money.currency("EUR");
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);

    /** The in-memory store, counting full reads and able to commit a write in the middle of one. */
    private static final class ObservedStore extends ForwardingRevenueStore {
        final AtomicInteger fullReads = new AtomicInteger();
        Runnable duringRead = () -> { };

        ObservedStore(RevenueStore store) {
            super(store);
        }

        @Override
        public List<ArrSnapshot> snapshots(Currency currency, YearMonth from, YearMonth to) {
            fullReads.incrementAndGet();
            Runnable write = duringRead;
            duringRead = () -> { };
            write.run();
            return super.snapshots(currency, from, to);
        }
    }

    private final InMemoryRevenueStore stored = new InMemoryRevenueStore();
    private final ObservedStore store = new ObservedStore(stored);
    private final RetentionHistories histories = new RetentionHistories(store);

    @Test
    void shouldReadTheSnapshotsOnceWhileNothingIsWritten() {
        stored.upsertAll(List.of(arr("ACME", JAN, 100), arr("ACME", FEB, 80)));

        RetentionMetrics first = histories.of(EUR).between(JAN, FEB);
        RetentionMetrics second = histories.of(EUR).between(JAN, FEB);

        assertThat(second).isEqualTo(first);
        assertThat(first.contractionArr()).isEqualTo(Money.of(20, "EUR"));
        assertThat(store.fullReads).hasValue(1);
    }

    @Test
    void shouldBuildAgainAfterAWriteAndLeaveOtherCurrenciesAlone() {
        stored.upsertAll(List.of(arr("ACME", JAN, 100), arr("ACME", FEB, 80),
                new ArrSnapshot(AccountKey.of("YEN"), JAN, Money.of(5, "JPY"))));
        histories.of(EUR);
        histories.of(Money.currency("JPY"));

        stored.upsert(arr("ACME", FEB, 0));

        assertThat(histories.of(EUR).between(JAN, FEB).churnedArr()).isEqualTo(Money.of(100, "EUR"));
        histories.of(Money.currency("JPY"));
        assertThat(store.fullReads).hasValue(3);
    }

    @Test
    void shouldSeeAWriteCommittedWhileTheHistoryWasBeingReadOnTheNextRead() {
        stored.upsert(arr("ACME", JAN, 100));
        store.duringRead = () -> stored.upsert(arr("GLOBEX", FEB, 50));

        histories.of(EUR);
        RetentionCalculator next = histories.of(EUR);

        assertThat(next.between(JAN, FEB).newArr()).isEqualTo(Money.of(50, "EUR"));
        assertThat(store.fullReads).as("the version read before the write no longer matches").hasValue(2);
        histories.of(EUR);
        assertThat(store.fullReads).hasValue(2);
    }

    @Test
    void shouldBuildTheHistoryOnTheImportSoTheFirstSeriesAfterItReadsNoSnapshot() {
        RevenueService service = new RevenueService(store, new io.successdesk.app.audit.InMemoryAuditLog(),
                java.time.Clock.fixed(java.time.Instant.parse("2026-03-10T00:00:00Z"), java.time.ZoneOffset.UTC),
                io.successdesk.app.change.TestAccountChanges.discarding());

        service.ingestHistory(List.of(new ArrSubmission("ACME", "2026-01", 100L, "EUR"),
                new ArrSubmission("ACME", "2026-02", 80L, "EUR")), "admin");
        int readsByTheImport = store.fullReads.get();
        List<io.successdesk.domain.revenue.RetentionPoint> series = service.retentionSeries("EUR",
                RetentionView.MONTHLY, FEB, FEB);

        assertThat(readsByTheImport).isEqualTo(1);
        assertThat(store.fullReads).as("the series used the history the import built").hasValue(1);
        assertThat(series.get(0).metrics().orElseThrow().contractionArr()).isEqualTo(Money.of(20, "EUR"));
    }

    @Test
    void shouldAnswerAStoredImportEvenWhenBuildingTheHistoryAfterItFails() {
        RevenueService service = new RevenueService(new ForwardingRevenueStore(stored) {
            @Override
            public List<ArrSnapshot> snapshots(Currency currency, YearMonth from, YearMonth to) {
                throw new IllegalStateException("connection lost after the commit");
            }
        }, new io.successdesk.app.audit.InMemoryAuditLog(),
                java.time.Clock.fixed(java.time.Instant.parse("2026-03-10T00:00:00Z"), java.time.ZoneOffset.UTC),
                io.successdesk.app.change.TestAccountChanges.discarding());

        IngestReport report = service.ingestHistory(List.of(new ArrSubmission("ACME", "2026-01", 100L, "EUR")), "admin");

        assertThat(report.created()).isEqualTo(1);
        assertThat(stored.size()).isEqualTo(1);
    }

    @Test
    void shouldNarrowToTheWantedAccountsKeepingTheCurrencysLastLoadedMonth() {
        stored.upsertAll(List.of(arr("ACME", JAN, 100), arr("GLOBEX", JAN, 40), arr("GLOBEX", FEB, 60)));

        RetentionCalculator acmeOnly = histories.of(EUR).only(Set.of(AccountKey.of("ACME")));

        assertThat(acmeOnly.accountCount()).isEqualTo(1);
        assertThat(acmeOnly.dataThrough()).contains(FEB);
        assertThat(acmeOnly.between(JAN, FEB).startingArr()).isEqualTo(Money.of(100, "EUR"));
        assertThat(acmeOnly.between(JAN, FEB).expansionArr().isZero()).isTrue();
        assertThat(histories.of(EUR).between(JAN, FEB).expansionArr()).isEqualTo(Money.of(20, "EUR"));
    }

    private static ArrSnapshot arr(String account, YearMonth month, long minorUnits) {
        return new ArrSnapshot(AccountKey.of(account), month, Money.of(minorUnits, "EUR"));
    }
}
