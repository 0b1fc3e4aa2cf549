package io.successdesk.sandbox;

import io.successdesk.app.ticket.DefaultTicketEventLaneSizes;
import io.successdesk.store.ao.testing.EmbeddedPostgresDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small Data Center in one JVM: N sandbox nodes on one PostgreSQL database, each a {@link SandboxServer} with its
 * own component graph (every app component created anew), its own connection pools, scheduler, event publisher,
 * account-change worker and HTTP port. They share only what Jira's nodes share: the database (the app's tables and
 * the stand-ins' cluster locks, clustered jobs and plugin settings) and Jira's issues. Started with
 * {@code mvn -Psandbox -Dsuccessdesk.nodes=2}; nodes start one after the other, as a cluster is usually brought up.
 */
public final class SandboxNodes implements AutoCloseable {

    public static final String NODES_PROPERTY = "successdesk.nodes";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final List<SandboxServer> nodes;

    private SandboxNodes(List<SandboxServer> nodes) {
        this.nodes = nodes;
    }

    /**
     * Starts {@code count} nodes on ports {@code firstPort}, {@code firstPort + 1}, ... (0: free ports) on the
     * PostgreSQL database at {@code jdbcUrl}; {@code schedulerPoll} zero leaves running due jobs to the caller.
     */
    public static SandboxNodes start(int count, int firstPort, String jdbcUrl, Duration schedulerPoll) throws Exception {
        return start(count, firstPort, jdbcUrl, schedulerPoll, node -> java.util.Optional.empty());
    }

    /** As {@link #start(int, int, String, Duration)}, node {@code i} with the ticket event lanes {@code lanes.apply(i)}. */
    public static SandboxNodes start(int count, int firstPort, String jdbcUrl, Duration schedulerPoll,
                                     java.util.function.IntFunction<java.util.Optional<DefaultTicketEventLaneSizes>> lanes)
            throws Exception {
        SandboxIssues issues = new SandboxIssues();
        List<SandboxServer> started = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                started.add(SandboxServer.startNode(firstPort == 0 ? 0 : firstPort + i, jdbcUrl, issues, "node" + (i + 1),
                        schedulerPoll, lanes.apply(i)));
            }
        } catch (Exception | Error e) {
            started.forEach(SandboxServer::close);
            throw e;
        }
        return new SandboxNodes(List.copyOf(started));
    }

    /** The dev server's database: the embedded PostgreSQL's {@code postgres} database. */
    static String devDatabaseUrl() {
        return EmbeddedPostgresDatabase.server().getJdbcUrl("postgres", "postgres");
    }

    /** A new, empty database on the embedded PostgreSQL (one per test class). */
    public static String freshDatabaseUrl() {
        String name = "sandbox_cluster_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = EmbeddedPostgresDatabase.server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return EmbeddedPostgresDatabase.server().getJdbcUrl("postgres", name);
    }

    public SandboxServer node(int index) {
        return nodes.get(index);
    }

    public List<SandboxServer> nodes() {
        return nodes;
    }

    /** Stops every node still running (closing one twice is allowed). */
    @Override
    public void close() {
        nodes.forEach(SandboxServer::close);
    }
}
