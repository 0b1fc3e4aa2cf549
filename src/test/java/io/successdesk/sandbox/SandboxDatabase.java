package io.successdesk.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.successdesk.store.ao.testing.EmbeddedPostgresDatabase;
import io.successdesk.store.ao.testing.EntityManagerActiveObjects;
import io.successdesk.store.ao.testing.PooledEntityManagers;
import com.zaxxer.hikari.HikariDataSource;
import net.java.ao.EntityManager;

import net.java.ao.RawEntity;

import javax.sql.DataSource;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sandbox's database: an H2 1.3.176 file under {@code target/sandbox} (kept between runs), or with
 * {@code -Dsuccessdesk.db=postgres} the embedded PostgreSQL the store tests use, with Jira's table naming. Two pools
 * over it, as in Jira: the app's (Active Objects) and the host's own ({@link #host()}: the stand-ins' tables for
 * cluster locks, the clustered scheduler and plugin settings).
 */
final class SandboxDatabase {

    static final String SELECTION_PROPERTY = "successdesk.db";

    private final String description;
    private final EntityManager entityManager;
    private final HikariDataSource host;

    private SandboxDatabase(String description, EntityManager entityManager, HikariDataSource host) {
        this.description = description;
        this.entityManager = entityManager;
        this.host = host;
    }

    static SandboxDatabase open(Path dataDirectory) throws Exception {
        String kind = System.getProperty(SELECTION_PROPERTY, "h2").trim().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "h2" -> h2(dataDirectory);
            case "postgres" -> postgres();
            default -> throw new IllegalArgumentException(SELECTION_PROPERTY + "=" + kind + ": use h2 or postgres");
        };
    }

    private static SandboxDatabase h2(Path dataDirectory) throws Exception {
        Files.createDirectories(dataDirectory);
        // CLOBs kept in the row: H2 1.3's separate LOB table loses entries when one transaction replaces a CLOB
        // another is reading ("Missing lob entry", seen on the panel summary's BODY); PostgreSQL has no such race.
        // A row lock is waited for 10 s, not H2's 1 s: PostgreSQL waits for it, so a write queued behind a refresh on
        // a busy machine must not fail here where it would succeed in Jira
        String url = "jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("successdesk")
                + ";MVCC=TRUE;MAX_LENGTH_INPLACE_LOB=1048576;LOCK_TIMEOUT=10000";
        return new SandboxDatabase("H2 " + url, PooledEntityManagers.h2(url, "sa", ""), hostPool(url, "sa", ""));
    }

    /** The embedded PostgreSQL's {@code postgres} database (the dev server's). */
    static SandboxDatabase postgres() {
        return postgres(EmbeddedPostgresDatabase.server().getJdbcUrl("postgres", "postgres"));
    }

    /** A PostgreSQL database by URL (user postgres): every node of a sandbox cluster opens the same one. */
    static SandboxDatabase postgres(String url) {
        return new SandboxDatabase("PostgreSQL " + url, PooledEntityManagers.postgres(url, "postgres", "postgres"),
                hostPool(url, "postgres", "postgres"));
    }

    private static HikariDataSource hostPool(String url, String user, String password) {
        return PooledEntityManagers.pool(url, user, password, "sandbox-host", 3);
    }

    /** Creates or updates the tables of the named entity classes, as Jira's Active Objects does when the app starts. */
    @SuppressWarnings("unchecked")
    void migrate(java.util.List<String> entityClassNames) throws ClassNotFoundException {
        Class<? extends net.java.ao.RawEntity<?>>[] entities =
                (Class<? extends net.java.ao.RawEntity<?>>[]) new Class<?>[entityClassNames.size()];
        for (int i = 0; i < entities.length; i++) {
            entities[i] = (Class<? extends net.java.ao.RawEntity<?>>) Class.forName(entityClassNames.get(i));
        }
        new EntityManagerActiveObjects(entityManager).migrate(entities);
    }

    /**
     * Creates or updates the tables of every {@code <entity>} the app's descriptor declares, as Jira's Active Objects
     * plugin does when the app starts (the AO stores need them).
     */
    @SuppressWarnings("unchecked")
    void migrateEntities() throws Exception {
        String descriptor;
        try (InputStream in = SandboxDatabase.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the class path");
            }
            descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        Matcher entity = Pattern.compile("<entity>\\s*([\\w.]+)\\s*</entity>").matcher(descriptor);
        while (entity.find()) {
            entities.add((Class<? extends RawEntity<?>>) Class.forName(entity.group(1)));
        }
        entityManager.migrate(entities.toArray(new Class[0]));
    }

    ActiveObjects activeObjects() {
        return new EntityManagerActiveObjects(entityManager);
    }

    /** The host's own connections (the stand-ins' tables), apart from the app's pool. */
    DataSource host() {
        return host;
    }

    String description() {
        return description;
    }

    /** Closes the app's pool (aborting work in flight, as a node going down does), then the host's. */
    void close() {
        try {
            entityManager.getProvider().dispose();
        } finally {
            host.close();
        }
    }
}
