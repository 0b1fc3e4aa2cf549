package io.successdesk.cluster;

import io.successdesk.jira.job.SuccessDeskJobs;
import io.successdesk.sandbox.SandboxNodes;
import io.successdesk.sandbox.SandboxScheduler;
import io.successdesk.sandbox.SandboxServer;
import io.successdesk.store.ao.testing.JiraTableNameConverter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Node A stops in the middle of the daily run; node B's next run completes the day: every account done once, none
 * skipped, none redone (docs/data-center.md). "In the middle" is made certain by the database, not by timing: the
 * test holds a row lock on one account, so node A's run blocks exactly there, with the accounts before it committed.
 */
class DailyRunFailoverTest {

    private static final String PREFIX = JiraTableNameConverter.tablePrefix(JiraTableNameConverter.NAMESPACE);
    private static final List<String> KEYS = IntStream.rangeClosed(1, 6).mapToObj(i -> "DC0" + i).toList();
    private static final String BLOCKED = "DC04";
    private static SandboxNodes cluster;
    private static String databaseUrl;

    @BeforeAll
    static void start() throws Exception {
        databaseUrl = SandboxNodes.freshDatabaseUrl();
        cluster = SandboxNodes.start(2, 0, databaseUrl, Duration.ZERO);
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void shouldCompleteTheDayOnNodeBWithoutSkippingOrRedoingAnAccountWhenNodeAStopsMidRun() throws Exception {
        SandboxServer nodeA = cluster.node(0);
        SandboxServer nodeB = cluster.node(1);
        for (String key : KEYS) {
            assertThat(NodeHttp.json(nodeA, "admin", "POST", "/accounts", "{\"key\":\"" + key + "\",\"name\":\"Account " + key
                    + "\",\"emailDomains\":[],\"jsmOrganizationIds\":[],\"tier\":\"SMB\",\"lifecycleStage\":\"adoption\","
                    + "\"contractStart\":\"2024-01-01\"}").statusCode()).isEqualTo(201);
        }
        nodeA.awaitAccountChangesProcessed(Duration.ofSeconds(20));
        nodeB.awaitAccountChangesProcessed(Duration.ofSeconds(20));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(snapshotIds(today)).doesNotContainKeys(KEYS.toArray(String[]::new));

        try (Connection holder = connect()) {
            holder.setAutoCommit(false);
            lockAccountRow(holder, BLOCKED);
            nodeA.scheduler().runNow(SuccessDeskJobs.DAILY_JOB);
            CompletableFuture<List<SandboxScheduler.Run>> runOnA = CompletableFuture.supplyAsync(() ->
                    nodeA.scheduler().runDueJobs());
            int blockedBackend = awaitBackendWaitingForALock(holder);

            Map<String, Long> doneByA = snapshotIds(today);
            assertThat(doneByA).containsKeys("DC01", "DC02", "DC03").doesNotContainKeys("DC04", "DC05", "DC06");

            nodeA.close();   // node A goes down: its pools close, aborting the account in flight
            try (PreparedStatement kill = holder.prepareStatement("SELECT pg_terminate_backend(?)")) {
                kill.setInt(1, blockedBackend);
                kill.execute();
            }
            holder.rollback();
            assertThat(finished(runOnA)).isTrue();

            nodeB.scheduler().runNow(SuccessDeskJobs.DAILY_JOB);
            assertThat(nodeB.scheduler().runDueJobs()).singleElement().satisfies(run -> assertThat(run.outcome())
                    .startsWith("SUCCESS").contains("snapshotTaken=true").contains("accountsFailed=0"));

            Map<String, Long> afterB = snapshotIds(today);
            assertThat(afterB).containsKeys(KEYS.toArray(String[]::new));
            doneByA.forEach((account, id) -> assertThat(afterB).as("%s not redone by node B", account).containsEntry(account, id));
            assertThat(countSnapshots(today)).isEqualTo(afterB.size());
        }
    }

    /** Node A's run ended (with whatever error its closed pools gave it); it never completed the day. */
    private static boolean finished(CompletableFuture<List<SandboxScheduler.Run>> run) throws InterruptedException {
        try {
            run.get(30, TimeUnit.SECONDS).forEach(each -> assertThat(each.outcome()).doesNotContain("accountsFailed=0"));
        } catch (ExecutionException e) {
            return true;   // its run record could not be written either: the node was gone
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
        return true;
    }

    private static void lockAccountRow(Connection holder, String key) throws SQLException {
        try (PreparedStatement lock = holder.prepareStatement("SELECT \"ID\" FROM \"" + PREFIX + "ACCOUNT_ROW\" WHERE \"ACCOUNT_KEY\" = ?"
                + " FOR UPDATE")) {
            lock.setString(1, key);
            try (ResultSet row = lock.executeQuery()) {
                assertThat(row.next()).as("account row %s", key).isTrue();
            }
        }
    }

    /** The backend of node A's daily run, once it waits for the row lock the test holds. */
    private static int awaitBackendWaitingForALock(Connection holder) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try (Connection observer = connect();
             PreparedStatement waiting = observer.prepareStatement("SELECT pid FROM pg_stat_activity WHERE datname ="
                     + " current_database() AND ? = ANY(pg_blocking_pids(pid))")) {
            waiting.setInt(1, backendOf(holder));
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = waiting.executeQuery()) {
                    if (rows.next()) {
                        return rows.getInt(1);
                    }
                }
            }
        }
        throw new AssertionError("node A's daily run never reached the locked account");
    }

    private static int backendOf(Connection connection) throws SQLException {
        try (PreparedStatement pid = connection.prepareStatement("SELECT pg_backend_pid()");
             ResultSet row = pid.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    /** Account key to the id of its snapshot row of {@code day}. */
    private static Map<String, Long> snapshotIds(LocalDate day) throws SQLException {
        Map<String, Long> ids = new TreeMap<>();
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement("SELECT \"ACCOUNT_KEY\", \"ID\" FROM \"" + PREFIX
                     + "DAILY_HEALTH\" WHERE \"EPOCH_DAY\" = ?")) {
            query.setInt(1, Math.toIntExact(day.toEpochDay()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return ids;
    }

    private static int countSnapshots(LocalDate day) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM \"" + PREFIX
                     + "DAILY_HEALTH\" WHERE \"EPOCH_DAY\" = ?")) {
            query.setInt(1, Math.toIntExact(day.toEpochDay()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(databaseUrl, "postgres", "postgres");
    }
}
