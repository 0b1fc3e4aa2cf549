package io.successdesk.cluster;

import io.successdesk.sandbox.SandboxNodes;
import io.successdesk.sandbox.SandboxServer;
import io.successdesk.store.ao.testing.EmbeddedPostgresDatabase;
import io.successdesk.store.ao.testing.PooledEntityManagers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL refuses the node's connections for 10 s (the database's connections are cut and no new one is allowed,
 * as in a failover), while five tickets are created in Jira: their events cannot be recorded anywhere, so the node
 * holds them and, once the database answers again, records and applies every one (docs/data-center.md).
 */
class DatabaseOutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(10);
    private static final int TICKETS = 5;
    private static SandboxNodes cluster;
    private static String database;

    @BeforeAll
    static void start() throws Exception {
        String url = SandboxNodes.freshDatabaseUrl();
        database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        System.setProperty(PooledEntityManagers.CONNECTION_TIMEOUT_PROPERTY, "1000");
        try {
            cluster = SandboxNodes.start(1, 0, url, Duration.ZERO);
        } finally {
            System.clearProperty(PooledEntityManagers.CONNECTION_TIMEOUT_PROPERTY);
        }
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void shouldApplyEveryTicketEventOfATenSecondDatabaseOutageOnceTheDatabaseIsBack() throws Exception {
        SandboxServer node = cluster.node(0);
        int before = NodeHttp.openTicketsOfAcme(node);

        try (Connection postgres = EmbeddedPostgresDatabase.server().getPostgresDatabase().getConnection();
             Statement admin = postgres.createStatement()) {
            long outageEnds = System.nanoTime() + OUTAGE.toNanos();
            refuseConnections(admin);
            try {
                for (int i = 0; i < TICKETS; i++) {
                    HttpResponse<String> created = NodeHttp.form(node, "admin", "/sandbox/tickets", "action=create&summary=Outage+"
                            + i + "&reporter=" + URLEncoder.encode("dana@acme.example", StandardCharsets.UTF_8));
                    assertThat(created.statusCode()).as("Jira keeps working: ticket %d", i).isEqualTo(302);
                }
                assertThat(NodeHttp.get(node, "agent", "/panel/SUP-1").statusCode())
                        .as("the node cannot reach its database").isGreaterThanOrEqualTo(500);
                LockSupport.parkNanos(Math.max(0, outageEnds - System.nanoTime()));   // the outage lasts its 10 s
            } finally {
                admin.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
            }
        }

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        int seen = openTicketsOrMinusOne(node);
        while (seen != before + TICKETS && System.nanoTime() < deadline) {
            seen = openTicketsOrMinusOne(node);
        }
        assertThat(seen).as("every ticket of the outage is in the panel within 30 s of the database's return")
                .isEqualTo(before + TICKETS);
    }

    /** No new connection to the node's database, and the open ones cut. */
    private static void refuseConnections(Statement admin) throws SQLException {
        admin.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
    }

    private static int openTicketsOrMinusOne(SandboxServer node) {
        HttpResponse<String> panel = NodeHttp.get(node, "agent", "/panel/SUP-1");
        return panel.statusCode() == 200 ? NodeHttp.openTicketsOfAcme(node) : -1;
    }
}
