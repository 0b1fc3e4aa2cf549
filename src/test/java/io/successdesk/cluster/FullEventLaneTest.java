package io.successdesk.cluster;

import io.successdesk.app.ticket.DefaultTicketEventLaneSizes;
import io.successdesk.jira.job.SuccessDeskJobs;
import io.successdesk.sandbox.SandboxNodes;
import io.successdesk.sandbox.SandboxScheduler;
import io.successdesk.sandbox.SandboxServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Node A's ticket event lane is full: its one worker waits on the ledger (the test holds the ledger table locked)
 * while more tickets are created in Jira than its one waiting place takes. The ids it cannot queue are marked for
 * reconcile in the database, and the next daily run — on node B — applies them: every ticket ends up in the panel,
 * none lost and none marked afterwards (docs/data-center.md).
 */
class FullEventLaneTest {

    private static final int TICKETS = 5;
    private static SandboxNodes cluster;
    private static String databaseUrl;
    private static SandboxServer nodeA;
    private static SandboxServer nodeB;

    @BeforeAll
    static void start() throws Exception {
        databaseUrl = SandboxNodes.freshDatabaseUrl();
        cluster = SandboxNodes.start(2, 0, databaseUrl, Duration.ZERO,
                node -> node == 0 ? Optional.of(new OneWaitingPlace()) : Optional.empty());
        nodeA = cluster.node(0);
        nodeB = cluster.node(1);
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void shouldApplyOnNodeBsNextDailyRunEveryTicketNodeAsFullLaneCouldNotTake() throws Exception {
        int before = NodeHttp.openTicketsOfAcme(nodeB);
        int marked;
        try (Connection lock = DriverManager.getConnection(databaseUrl, "postgres", "postgres");
             Statement statement = lock.createStatement()) {
            lock.setAutoCommit(false);
            statement.execute("LOCK TABLE \"AO_87D9EB_TICKET_LEDGER_ENTRY\" IN ACCESS EXCLUSIVE MODE");
            for (int i = 0; i < TICKETS; i++) {
                assertThat(NodeHttp.form(nodeA, "admin", "/sandbox/tickets", "action=create&summary=Lane+" + i
                        + "&reporter=" + URLEncoder.encode("dana@acme.example", StandardCharsets.UTF_8)).statusCode())
                        .as("Jira keeps working: ticket %d", i).isEqualTo(302);
            }
            marked = count("AO_87D9EB_RECONCILE_MARK");
            lock.rollback();   // the worker goes on
        }
        assertThat(marked).as("one id in work and one waiting at most; the others marked for reconcile")
                .isBetween(TICKETS - 2, TICKETS);

        int applied = TICKETS - marked;
        assertThat(await(() -> NodeHttp.openTicketsOfAcme(nodeB), before + applied))
                .as("what the lane took is applied, the marked ones wait for reconcile").isEqualTo(before + applied);

        nodeB.scheduler().runNow(SuccessDeskJobs.DAILY_JOB);
        assertThat(nodeB.scheduler().runDueJobs()).singleElement().extracting(SandboxScheduler.Run::outcome)
                .asString().startsWith("SUCCESS").contains("reconciled=" + marked);

        assertThat(await(() -> NodeHttp.openTicketsOfAcme(nodeB), before + TICKETS)).as("every ticket after node B's run")
                .isEqualTo(before + TICKETS);
        assertThat(NodeHttp.openTicketsOfAcme(nodeA)).isEqualTo(before + TICKETS);
        assertThat(count("AO_87D9EB_RECONCILE_MARK")).as("marks left").isZero();
    }

    /** The app's lanes shrunk to one worker with one waiting place. */
    private static final class OneWaitingPlace extends DefaultTicketEventLaneSizes {
        @Override
        public int capacity() {
            return 1;
        }

        @Override
        public int workers() {
            return 1;
        }
    }

    /** Reads {@code value} until it is {@code expected} or 20 s have passed; the last value read. */
    private static int await(IntSupplier value, int expected) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        int seen = value.getAsInt();
        while (seen != expected && System.nanoTime() < deadline) {
            seen = value.getAsInt();
        }
        return seen;
    }

    private static int count(String table) throws Exception {
        try (Connection connection = DriverManager.getConnection(databaseUrl, "postgres", "postgres");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
