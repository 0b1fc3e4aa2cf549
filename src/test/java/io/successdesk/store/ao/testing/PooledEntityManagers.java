package io.successdesk.store.ao.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.DefaultIndexNameConverter;
import net.java.ao.schema.DefaultSequenceNameConverter;
import net.java.ao.schema.DefaultTriggerNameConverter;
import net.java.ao.schema.DefaultUniqueNameConverter;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

/**
 * Entity managers over a pooled data source (HikariCP), as Jira gives Active Objects pooled connections: the
 * sandbox and the benchmarks must not pay a new database connection per call. Jira's table and field naming.
 */
public final class PooledEntityManagers {

    private PooledEntityManagers() {
    }

    public static EntityManager postgres(String url, String user, String password) {
        HikariDataSource pool = pool(url, user, password);
        return entityManager(new PostgreSQLDatabaseProvider(
                DelegatingDisposableDataSourceHandler.newInstance(pool, pool::close), "public"));
    }

    public static EntityManager h2(String url, String user, String password) {
        HikariDataSource pool = pool(url, user, password);
        return entityManager(new H2DatabaseProvider(DelegatingDisposableDataSourceHandler.newInstance(pool, pool::close)));
    }

    private static HikariDataSource pool(String url, String user, String password) {
        return pool(url, user, password, "successdesk-ao", 8);
    }

    /** System property: milliseconds a pool created afterwards waits for a connection (default 30,000). */
    public static final String CONNECTION_TIMEOUT_PROPERTY = "successdesk.test.connectionTimeoutMs";

    /** A named HikariCP pool of at most {@code size} connections. */
    public static HikariDataSource pool(String url, String user, String password, String name, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setPoolName(name);
        // how long a caller waits for a connection when the database refuses new ones (Jira's pool-max-wait: 30 s)
        config.setConnectionTimeout(Long.getLong(CONNECTION_TIMEOUT_PROPERTY, 30_000L));
        return new HikariDataSource(config);
    }

    private static EntityManager entityManager(DatabaseProvider provider) {
        NameConverters names = new SimpleNameConverters(new JiraTableNameConverter(), new AtlassianFieldNameConverter(),
                new DefaultSequenceNameConverter(), new DefaultTriggerNameConverter(), new DefaultIndexNameConverter(),
                new DefaultUniqueNameConverter());
        return new EntityManager(provider, new EntityManagerConfiguration() {
            @Override
            public boolean useWeakCache() {
                return false;
            }

            @Override
            public NameConverters getNameConverters() {
                return names;
            }

            @Override
            public SchemaConfiguration getSchemaConfiguration() {
                return new net.java.ao.DefaultSchemaConfiguration();
            }

            @Override
            public EntityInfoResolverFactory getEntityInfoResolverFactory() {
                return new CachingEntityInfoResolverFactory();
            }
        });
    }
}
