package io.successdesk.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.successdesk.store.ao.testing.EmbeddedPostgresDatabase;
import io.successdesk.store.ao.testing.EntityManagerActiveObjects;
import io.successdesk.store.ao.testing.PooledEntityManagers;
import net.java.ao.EntityManager;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The sandbox's database: an H2 1.3.176 file under {@code target/sandbox} (kept between runs), or with
 * {@code -Dsuccessdesk.db=postgres} the embedded PostgreSQL the store tests use, with Jira's table naming.
 */
final class SandboxDatabase {

    static final String SELECTION_PROPERTY = "successdesk.db";

    private final String description;
    private final EntityManager entityManager;

    private SandboxDatabase(String description, EntityManager entityManager) {
        this.description = description;
        this.entityManager = entityManager;
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
        String url = "jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("successdesk") + ";MVCC=TRUE";
        return new SandboxDatabase("H2 " + url, PooledEntityManagers.h2(url, "sa", ""));
    }

    private static SandboxDatabase postgres() {
        var server = EmbeddedPostgresDatabase.server();
        String url = server.getJdbcUrl("postgres", "postgres");
        return new SandboxDatabase("PostgreSQL " + url, PooledEntityManagers.postgres(url, "postgres", "postgres"));
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

    ActiveObjects activeObjects() {
        return new EntityManagerActiveObjects(entityManager);
    }

    String description() {
        return description;
    }

    void close() {
        entityManager.getProvider().dispose();
    }
}
