package io.successdesk.bench;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.successdesk.store.ao.testing.EmbeddedPostgresDatabase;
import io.successdesk.store.ao.testing.EntityManagerActiveObjects;
import io.successdesk.store.ao.testing.PluginEntities;
import io.successdesk.store.ao.testing.PooledEntityManagers;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;

/**
 * A fresh PostgreSQL database for a benchmark, on the embedded server the store tests use, with Jira's table
 * naming, every entity of atlassian-plugin.xml migrated, and the JDBC statement counter in front of the driver.
 */
final class BenchDatabase {

    private final EntityManager entityManager;
    private final String url;

    private BenchDatabase(EntityManager entityManager, String url) {
        this.entityManager = entityManager;
        this.url = url;
    }

    static BenchDatabase create(String name) throws Exception {
        SqlStatementCounter.install();
        DataSource admin = EmbeddedPostgresDatabase.server().getPostgresDatabase();
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        }
        String url = EmbeddedPostgresDatabase.server().getJdbcUrl("postgres", name);
        EntityManager entityManager = PooledEntityManagers.postgres(url, "postgres", "postgres");
        entityManager.migrate(PluginEntities.all());
        return new BenchDatabase(entityManager, url);
    }

    ActiveObjects activeObjects() {
        return new EntityManagerActiveObjects(entityManager);
    }

    EntityManager entityManager() {
        return entityManager;
    }

    Connection rawConnection() throws Exception {
        return java.sql.DriverManager.getConnection(url, "postgres", "postgres");
    }

    String table(Class<? extends RawEntity<?>> entity) {
        return entityManager.getNameConverters().getTableNameConverter().getName(entity);
    }
}
