package io.successdesk.cluster;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.successdesk.sandbox.SandboxNodes;
import io.successdesk.sandbox.SandboxServer;
import io.successdesk.store.ao.testing.JiraTableNameConverter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database connection of an account import is killed in the middle of its transaction (pg_terminate_backend,
 * as a failover or a DBA would): nothing of the import is stored, the caller is told so in words, and the same import
 * sent again is stored whole (docs/data-center.md). "In the middle" is made certain by the database: the backend is
 * killed once PostgreSQL shows it inside the import's transaction, writing account rows.
 */
class ImportConnectionLossTest {

    private static final String PREFIX = JiraTableNameConverter.tablePrefix(JiraTableNameConverter.NAMESPACE);
    private static final int ROWS = 3_000;
    private static SandboxNodes cluster;
    private static String databaseUrl;

    @BeforeAll
    static void start() throws Exception {
        databaseUrl = SandboxNodes.freshDatabaseUrl();
        cluster = SandboxNodes.start(1, 0, databaseUrl, Duration.ZERO);
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void shouldStoreNothingAndSaySoWhenTheImportsConnectionIsKilledAndStoreItAllWhenSentAgain() throws Exception {
        SandboxServer node = cluster.node(0);
        String rows = IntStream.range(0, ROWS).mapToObj(i -> "{\"key\":\"CUT" + i + "\",\"name\":\"Cut " + i
                        + "\",\"tier\":\"SMB\",\"lifecycleStage\":\"adoption\",\"contractStart\":\"2024-01-01\"}")
                .collect(Collectors.joining(",", "{\"accounts\":[", "]}"));
        long before = accountRows();

        CompletableFuture<HttpResponse<String>> cut = CompletableFuture.supplyAsync(() ->
                NodeHttp.json(node, "admin", "POST", "/import/accounts", rows));
        int killed = killTheBackendWritingAccountRows();

        HttpResponse<String> answer = cut.get();
        assertThat(killed).as("a backend was inside the import's transaction").isPositive();
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        JsonObject error = JsonParser.parseString(answer.body()).getAsJsonObject();
        assertThat(error.get("message").getAsString())
                .startsWith("Nothing was imported: the database failed during the import of " + ROWS + " rows.")
                .contains("Trying again is safe (incident ");
        assertThat(accountRows()).as("not one row of the import").isEqualTo(before);

        HttpResponse<String> again = NodeHttp.json(node, "admin", "POST", "/import/accounts", rows);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(JsonParser.parseString(again.body()).getAsJsonObject().get("committed").getAsBoolean()).isTrue();
        assertThat(accountRows()).isEqualTo(before + ROWS);
    }

    /** Waits (up to 60 s) until a backend is inside a transaction inserting account rows, then terminates it. */
    private static int killTheBackendWritingAccountRows() throws SQLException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (Connection observer = DriverManager.getConnection(databaseUrl, "postgres", "postgres");
             PreparedStatement writing = observer.prepareStatement("SELECT pid FROM pg_stat_activity WHERE datname ="
                     + " current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL"
                     + " AND query LIKE ? LIMIT 1");
             PreparedStatement kill = observer.prepareStatement("SELECT pg_terminate_backend(?)")) {
            writing.setString(1, "INSERT INTO %" + PREFIX + "ACCOUNT_ROW%");
            while (System.nanoTime() < deadline) {
                try (ResultSet found = writing.executeQuery()) {
                    if (found.next()) {
                        int pid = found.getInt(1);
                        kill.setInt(1, pid);
                        kill.execute();
                        return pid;
                    }
                }
            }
            return 0;
        }
    }

    private static long accountRows() throws SQLException {
        try (Connection connection = DriverManager.getConnection(databaseUrl, "postgres", "postgres");
             ResultSet count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM \"" + PREFIX + "ACCOUNT_ROW\"")) {
            count.next();
            return count.getLong(1);
        }
    }
}
