package io.successdesk.store;

import io.successdesk.app.health.DailyHealthRollup;
import io.successdesk.app.health.InMemoryHealthHistory;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthBandChange;
import io.successdesk.domain.health.HealthScore;
import io.successdesk.domain.health.HealthSnapshot;
import io.successdesk.domain.health.MeasureId;
import io.successdesk.domain.health.MeasureKind;
import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.value.Money;
import io.successdesk.store.ao.ArrAtRiskDay;
import io.successdesk.store.ao.DailyHealth;
import io.successdesk.store.ao.HealthBandDay;
import io.successdesk.store.ao.MeasureScore;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Data(AoHealthHistoryTest.Schema.class)
public class AoHealthHistoryTest extends ActiveObjectsTestCase {

    public static final class Schema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(DailyHealth.class, MeasureScore.class, HealthBandDay.class, ArrAtRiskDay.class);
        }
    }

    static final AccountKey ACME = AccountKey.of("ACME");
    static final AccountKey BETA = AccountKey.of("BETA");
    static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    static final DateWindow MARCH = new DateWindow(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
    static final MeasureId OPEN = MeasureId.of(MeasureKind.OPEN_TICKETS);
    static final MeasureId USAGE = MeasureId.custom("product_usage");

    static HealthSnapshot snapshot(AccountKey account, LocalDate day, Optional<HealthBand> band, double score) {
        Optional<HealthScore> scored = band.map(b -> HealthScore.of(score));
        return new HealthSnapshot(account, day, scored, band, scored, band, false, Map.of(OPEN, 66.7, USAGE, 12.5), "v1");
    }

    static HealthSnapshot red(AccountKey account, LocalDate day) {
        return snapshot(account, day, Optional.of(HealthBand.RED), 31.4);
    }

    /**
     * Bands green, green, (no band), amber, amber, red, green over seven days, across two read batches: the changes
     * are the amber, red and green days, newest first, from any day on, and BETA's days never count for ACME.
     */
    @Test
    public void shouldFindTheDaysTheShownBandChangedNewestFirst() {
        AoHealthHistory history = new AoHealthHistory(ao);
        List<Optional<HealthBand>> bands = List.of(Optional.of(HealthBand.GREEN), Optional.of(HealthBand.GREEN),
                Optional.empty(), Optional.of(HealthBand.AMBER), Optional.of(HealthBand.AMBER),
                Optional.of(HealthBand.RED), Optional.of(HealthBand.GREEN));
        for (int i = 0; i < bands.size(); i++) {
            history.save(snapshot(ACME, DAY.plusDays(i), bands.get(i), 10 * (i + 1)));
        }
        history.save(snapshot(BETA, DAY.plusDays(2), Optional.of(HealthBand.RED), 5));

        assertThat(history.bandChanges(ACME, Optional.empty(), 10)).containsExactly(
                new HealthBandChange(DAY.plusDays(6), HealthBand.RED, HealthBand.GREEN, Optional.of(HealthScore.of(70))),
                new HealthBandChange(DAY.plusDays(5), HealthBand.AMBER, HealthBand.RED, Optional.of(HealthScore.of(60))),
                new HealthBandChange(DAY.plusDays(3), HealthBand.GREEN, HealthBand.AMBER, Optional.of(HealthScore.of(40))));
        assertThat(history.bandChanges(ACME, Optional.of(DAY.plusDays(4)), 10)).extracting(HealthBandChange::day)
                .containsExactly(DAY.plusDays(3));
        assertThat(history.bandChanges(ACME, Optional.of(DAY.plusDays(6)), 1)).extracting(HealthBandChange::day)
                .containsExactly(DAY.plusDays(6));
        assertThat(history.bandChanges(BETA, Optional.empty(), 10)).isEmpty();
    }

    @Test
    public void shouldRoundTripASnapshotWithItsMeasureScoresWhenSaved() {
        AoHealthHistory history = new AoHealthHistory(ao);
        HealthSnapshot overridden = new HealthSnapshot(ACME, DAY, Optional.of(HealthScore.of(42.5)),
                Optional.of(HealthBand.RED), Optional.of(HealthScore.of(80)), Optional.of(HealthBand.GREEN), true,
                Map.of(OPEN, 0.0, USAGE, 100.0), "builtin-1");
        history.save(overridden);
        HealthSnapshot empty = new HealthSnapshot(ACME, DAY.plusDays(1), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Map.of(), "v2");
        history.save(empty);

        assertThat(history.history(ACME, MARCH)).containsExactly(overridden, empty);
    }

    @Test
    public void shouldKeepScoresToATenthWhenTheyHaveMoreDecimals() {
        AoHealthHistory history = new AoHealthHistory(ao);
        history.save(new HealthSnapshot(ACME, DAY, Optional.of(HealthScore.of(66.666)), Optional.of(HealthBand.AMBER),
                Optional.of(HealthScore.of(66.666)), Optional.of(HealthBand.AMBER), false, Map.of(OPEN, 33.333), "v"));

        HealthSnapshot stored = history.onOrBefore(ACME, DAY).orElseThrow();
        assertThat(stored.computedScore()).contains(HealthScore.of(66.7));
        assertThat(stored.measureScores()).containsEntry(OPEN, 33.3);
    }

    @Test
    public void shouldReplaceTheSnapshotAndItsScoresWhenTheSameDayIsSavedAgain() {
        AoHealthHistory history = new AoHealthHistory(ao);
        history.save(red(ACME, DAY));
        HealthSnapshot again = new HealthSnapshot(ACME, DAY, Optional.of(HealthScore.of(90)), Optional.of(HealthBand.GREEN),
                Optional.of(HealthScore.of(90)), Optional.of(HealthBand.GREEN), false, Map.of(OPEN, 90.0), "v2");
        history.save(again);

        assertThat(history.history(ACME, MARCH)).containsExactly(again);
        assertThat(ao.count(DailyHealth.class)).isEqualTo(1);
        assertThat(ao.count(MeasureScore.class)).isEqualTo(1);
    }

    @Test
    public void shouldNameTheAccountsSnapshottedOnADayAmongThoseAsked() {
        AoHealthHistory history = new AoHealthHistory(ao);
        history.save(red(ACME, DAY));
        history.save(red(BETA, DAY.minusDays(1)));
        history.save(red(AccountKey.of("GAMMA"), DAY));

        assertThat(history.snapshotted(java.util.List.of(ACME, BETA, AccountKey.of("DELTA")), DAY)).containsExactly(ACME);
        assertThat(history.snapshotted(java.util.List.of(), DAY)).isEmpty();
    }

    @Test
    public void shouldFindTheLatestOnOrBeforeAndReadHistoryHalfOpenOldestFirst() {
        AoHealthHistory history = new AoHealthHistory(ao);
        history.save(red(ACME, DAY.plusDays(2)));
        history.save(red(ACME, DAY));
        history.save(red(BETA, DAY.plusDays(1)));

        assertThat(history.onOrBefore(ACME, DAY.minusDays(1))).isEmpty();
        assertThat(history.onOrBefore(ACME, DAY.plusDays(1)).orElseThrow().day()).isEqualTo(DAY);
        assertThat(history.onOrBefore(ACME, DAY.plusDays(9)).orElseThrow().day()).isEqualTo(DAY.plusDays(2));
        assertThat(history.history(ACME, new DateWindow(DAY, DAY.plusDays(3)))).extracting(HealthSnapshot::day)
                .containsExactly(DAY, DAY.plusDays(2));
        assertThat(history.history(ACME, new DateWindow(DAY, DAY.plusDays(2)))).extracting(HealthSnapshot::day)
                .containsExactly(DAY);
        assertThat(history.history(AccountKey.of("OTHER"), MARCH)).isEmpty();
    }

    @Test
    public void shouldMoveTheAccountBetweenBandsAndArrAtRiskWhenItsSnapshotIsReplaced() {
        AoHealthHistory history = new AoHealthHistory(ao);
        history.save(red(ACME, DAY), Optional.of(Money.of(100_000, "EUR")));
        history.save(red(BETA, DAY), Optional.of(Money.of(50_000, "EUR")));
        assertThat(history.dailyRollups(MARCH)).containsExactly(
                new DailyHealthRollup(DAY, 2, 0, 0, List.of(Money.of(150_000, "EUR"))));

        history.save(snapshot(ACME, DAY, Optional.of(HealthBand.AMBER), 60), Optional.of(Money.of(100_000, "EUR")));
        assertThat(history.dailyRollups(MARCH)).containsExactly(
                new DailyHealthRollup(DAY, 1, 1, 0, List.of(Money.of(50_000, "EUR"))));

        history.save(snapshot(BETA, DAY, Optional.of(HealthBand.GREEN), 90), Optional.of(Money.of(50_000, "EUR")));
        assertThat(history.dailyRollups(MARCH)).containsExactly(new DailyHealthRollup(DAY, 0, 1, 1, List.of()));
    }

    @Test
    public void shouldTakeAnErasedAccountOutOfItsHistoryAndTheRollupsOfEveryDay() throws Exception {
        AoHealthHistory history = new AoHealthHistory(ao);
        history.save(red(ACME, DAY), Optional.of(Money.of(100_000, "EUR")));
        history.save(snapshot(ACME, DAY.plusDays(1), Optional.of(HealthBand.AMBER), 60), Optional.of(Money.of(100_000, "EUR")));
        history.save(red(BETA, DAY), Optional.of(Money.of(50_000, "EUR")));

        assertThat(history.erase(ACME)).isEqualTo(2);

        assertThat(history.history(ACME, MARCH)).isEmpty();
        assertThat(history.onOrBefore(ACME, DAY.plusDays(5))).isEmpty();
        assertThat(history.history(BETA, MARCH)).containsExactly(red(BETA, DAY));
        List<DailyHealthRollup> afterErase = history.dailyRollups(MARCH);
        assertThat(afterErase).containsExactly(new DailyHealthRollup(DAY, 1, 0, 0, List.of(Money.of(50_000, "EUR"))));
        history.rebuildRollups();
        assertThat(history.dailyRollups(MARCH)).as("the same figures as a rebuild from the snapshots").isEqualTo(afterErase);
        assertThat(entityManager.count(MeasureScore.class)).as("ACME's measure scores went with its snapshots")
                .isEqualTo(Map.of(OPEN, 66.7, USAGE, 12.5).size());
    }

    @Test
    @NonTransactional
    public void shouldLeaveNothingHalfWrittenWhenASaveFailsMidWay() {
        AoHealthHistory history = new AoHealthHistory(ao);
        history.save(red(ACME, DAY), Optional.of(Money.of(100, "EUR")));

        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            history.save(snapshot(ACME, DAY, Optional.of(HealthBand.GREEN), 90), Optional.of(Money.of(100, "EUR")));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(history.history(ACME, MARCH)).containsExactly(red(ACME, DAY));
        assertThat(history.dailyRollups(MARCH)).containsExactly(
                new DailyHealthRollup(DAY, 1, 0, 0, List.of(Money.of(100, "EUR"))));
    }

    @Test
    public void shouldAgreeWithTheRebuildAndTheModelAfterARandomSequenceOfWrites() {
        AoHealthHistory history = new AoHealthHistory(ao);
        InMemoryHealthHistory model = new InMemoryHealthHistory();
        Random random = new Random(20260310L);
        List<AccountKey> accounts = List.of(ACME, BETA, AccountKey.of("GAMMA"), AccountKey.of("DELTA"));
        List<Optional<HealthBand>> bands = List.of(Optional.empty(), Optional.of(HealthBand.RED),
                Optional.of(HealthBand.AMBER), Optional.of(HealthBand.GREEN));
        List<String> currencies = List.of("EUR", "USD");
        for (int i = 0; i < 120; i++) {
            HealthSnapshot snapshot = snapshot(accounts.get(random.nextInt(accounts.size())),
                    DAY.plusDays(random.nextInt(5)), bands.get(random.nextInt(bands.size())), random.nextInt(1001) / 10.0);
            Optional<Money> arr = random.nextInt(4) == 0 ? Optional.empty()
                    : Optional.of(Money.of(random.nextInt(1_000_000), currencies.get(random.nextInt(2))));
            history.save(snapshot, arr);
            model.save(snapshot, arr);
        }

        List<DailyHealthRollup> incremental = history.dailyRollups(MARCH);
        assertThat(incremental).isEqualTo(model.dailyRollups(MARCH)).isNotEmpty();
        assertThat(history.rebuildRollups()).isPositive();
        assertThat(history.dailyRollups(MARCH)).isEqualTo(incremental);
    }

    @Test
    @NonTransactional
    public void shouldCountEveryAccountWhenSnapshotsOfOneDayAreSavedConcurrently() throws Exception {
        AoHealthHistory history = new AoHealthHistory(ao);
        int threads = 4;
        int perThread = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        AccountKey account = AccountKey.of("T" + thread + "_" + i);
                        Retry.onSerializationFailure(() -> history.save(red(account, DAY), Optional.of(Money.of(1, "EUR"))));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(history.dailyRollups(MARCH)).containsExactly(
                new DailyHealthRollup(DAY, threads * perThread, 0, 0, List.of(Money.of(threads * perThread, "EUR"))));
        history.rebuildRollups();
        assertThat(ao.count(HealthBandDay.class)).isEqualTo(1);
    }
}
