package io.successdesk.store;

import io.successdesk.app.NotFoundException;
import io.successdesk.app.panel.PanelSummaryStore;
import io.successdesk.domain.account.AccountFixtures;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.app.panel.PanelSummary;
import io.successdesk.sandbox.SandboxNodes;
import io.successdesk.store.ao.PanelSummaryRow;
import io.successdesk.store.ao.testing.EntityManagerActiveObjects;
import io.successdesk.store.ao.testing.JiraTransactionIsolation;
import io.successdesk.store.ao.testing.PluginEntities;
import io.successdesk.store.ao.testing.PooledEntityManagers;
import net.java.ao.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An account deleted while its refresh (or its day of the daily run) is in flight, on PostgreSQL at READ COMMITTED as
 * in Jira. The refresh is held right after writing the account's panel summary until the deletion is waiting for a
 * lock; then both go on. Before the refresh took the account row first, each held a row the other needed: PostgreSQL
 * broke the deadlock by failing one of them, and a failed deletion answered the user's DELETE with 500.
 */
class RefreshDuringDeletionTest {

    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    private static final AccountKey GONE = AccountKey.of("GONE");

    private final AtomicBoolean holdNextSummary = new AtomicBoolean();
    private final CountDownLatch summaryWritten = new CountDownLatch(1);
    private String url;
    private EntityManager entityManager;
    private AoApp app;
    private ExecutorService threads;

    @BeforeEach
    void freshDatabase() throws Exception {
        JiraTransactionIsolation.apply();
        url = SandboxNodes.freshDatabaseUrl();
        entityManager = PooledEntityManagers.postgres(url, "postgres", "postgres");
        entityManager.migrate(PluginEntities.all());
        app = new AoApp(new EntityManagerActiveObjects(entityManager), Clock.fixed(NOW, ZoneOffset.UTC),
                HeldAfterPut::new);
        app.accounts.create(AccountFixtures.minimal(GONE.value()));
        app.refresh.refresh(GONE);   // the summary row exists: the held refresh below updates it, holding its lock
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void shouldDeleteAnAccountWhoseRefreshIsInFlightAndLeaveNoSummaryOfIt() throws Exception {
        raceDeletionWith(() -> app.refresh.refresh(GONE));
    }

    @Test
    void shouldDeleteAnAccountWhoseDayOfTheDailyRunIsInFlightAndLeaveNoSummaryOfIt() throws Exception {
        raceDeletionWith(() -> app.refresh.dailySnapshot(LocalDate.ofInstant(NOW, ZoneOffset.UTC)));
    }

    private void raceDeletionWith(Runnable refresh) throws Exception {
        holdNextSummary.set(true);
        Future<Object> refreshed = threads.submit(() -> {
            try {
                refresh.run();
                return "refreshed";
            } catch (NotFoundException e) {
                return "found the account gone";
            }
        });
        assertThat(summaryWritten.await(20, TimeUnit.SECONDS)).as("the refresh wrote the summary").isTrue();
        Future<?> deleted = threads.submit(() -> app.accountService.delete(GONE, 1, "admin"));

        deleted.get(30, TimeUnit.SECONDS);
        assertThat(refreshed.get(30, TimeUnit.SECONDS)).isIn("refreshed", "found the account gone");
        assertThat(app.accounts.get(GONE)).isEmpty();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM \"" + table() + "\"")) {
            rows.next();
            assertThat(rows.getLong(1)).as("panel summaries left").isZero();
        }
    }

    private String table() {
        return entityManager.getNameConverters().getTableNameConverter().getName(PanelSummaryRow.class);
    }

    /** Holds the first refresh after {@link #holdNextSummary} right after its summary write, until a lock wait. */
    private final class HeldAfterPut implements PanelSummaryStore {

        private final PanelSummaryStore store;

        HeldAfterPut(PanelSummaryStore store) {
            this.store = store;
        }

        @Override
        public void put(PanelSummary summary, long reflectsMark) {
            store.put(summary, reflectsMark);
            if (holdNextSummary.getAndSet(false)) {
                summaryWritten.countDown();
                awaitAnotherTransactionWaitingForALock();
            }
        }

        @Override
        public Optional<PanelSummary> get(AccountKey account) {
            return store.get(account);
        }

        @Override
        public Map<AccountKey, PanelSummary> getAll(Collection<AccountKey> accounts) {
            return store.getAll(accounts);
        }

        @Override
        public void invalidate(AccountKey account) {
            store.invalidate(account);
        }
    }

    /** Polls PostgreSQL's own view of its sessions until one waits for a lock (the deletion), for at most 20 s. */
    private void awaitAnotherTransactionWaitingForALock() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet waiting = statement.executeQuery("SELECT COUNT(*) FROM pg_stat_activity "
                        + "WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
                    waiting.next();
                    if (waiting.getLong(1) > 0) {
                        return;
                    }
                }
                LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("the deletion never waited for a lock held by the refresh");
    }
}
