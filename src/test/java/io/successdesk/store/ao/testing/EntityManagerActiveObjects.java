package io.successdesk.store.ao.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import net.java.ao.DBParam;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

/**
 * {@link ActiveObjects} over a plain {@link EntityManager}, for tests and the sandbox (Atlassian's
 * {@code TestActiveObjects} is not on Maven Central). Every call delegates; {@link SQLException}s become
 * {@link ActiveObjectsSqlException} (the real plugin also throws unchecked exceptions).
 *
 * <p>{@link #executeInTransaction} is all-or-nothing:
 * <ul>
 *   <li>no transaction open on this thread: a real one ({@link Transaction}): commit on return, rollback when the
 *       callback throws;</li>
 *   <li>nested in a transaction this object opened: the callback joins it, as Jira's Active Objects joins the
 *       surrounding transaction (no savepoint: a failed statement dooms the whole transaction there too, and costs
 *       no extra round trips the benchmarks would count);</li>
 *   <li>inside a transaction opened elsewhere (the AO test rule wraps each test in one that is rolled back at the
 *       end): a JDBC savepoint, rolled back to when the callback throws, so the callback's writes vanish while the
 *       surrounding transaction goes on, as they would in its own transaction in production.</li>
 * </ul>
 * The exception is rethrown unchanged either way, and entity value caches are flushed after a rollback.
 */
public final class EntityManagerActiveObjects implements ActiveObjects {

    private static final Field TRANSACTION_THREAD_LOCAL = transactionThreadLocalField();

    static {
        JiraTransactionIsolation.apply();
    }

    private final EntityManager entityManager;
    private final ThreadLocal<Boolean> inOwnTransaction = new ThreadLocal<>();

    public EntityManagerActiveObjects(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        run(() -> entityManager.migrate(entities));
    }

    @Override
    @SafeVarargs
    public final void migrateDestructively(Class<? extends RawEntity<?>>... entities) {
        run(() -> entityManager.migrateDestructively(entities));
    }

    @Override
    public void flushAll() {
        entityManager.flushAll();
    }

    @Override
    public void flush(RawEntity<?>... entities) {
        entityManager.flush(entities);
    }

    @Override
    @SafeVarargs
    public final <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys) {
        return call(() -> entityManager.get(type, keys));
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return call(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return call(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return call(() -> entityManager.create(type, params));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        run(() -> entityManager.delete(entities));
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return call(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return call(() -> entityManager.find(type));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return call(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return call(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query) {
        return call(() -> entityManager.find(type, field, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql, Object... parameters) {
        return call(() -> entityManager.findWithSQL(type, keyField, sql, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, EntityStreamCallback<T, K> streamCallback) {
        run(() -> entityManager.stream(type, streamCallback));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback) {
        run(() -> entityManager.stream(type, query, streamCallback));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return call(() -> entityManager.count(type));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return call(() -> entityManager.count(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return call(() -> entityManager.count(type, query));
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        Objects.requireNonNull(callback, "callback");
        if (Boolean.TRUE.equals(inOwnTransaction.get())) {
            return callback.doInTransaction();
        }
        return isTransactionOpen() ? inSavepoint(callback) : inNewTransaction(callback);
    }

    @Override
    public ActiveObjectsModuleMetaData moduleMetaData() {
        return new MetaData();
    }

    private <T> T inNewTransaction(TransactionCallback<T> callback) {
        return call(() -> new Transaction<T>(entityManager) {
            @Override
            protected T run() {
                inOwnTransaction.set(Boolean.TRUE);
                try {
                    return callback.doInTransaction();
                } finally {
                    inOwnTransaction.remove();
                }
            }
        }.execute());
    }

    private <T> T inSavepoint(TransactionCallback<T> callback) {
        DatabaseProvider provider = entityManager.getProvider();
        Connection connection;
        Savepoint savepoint;
        try {
            // Inside a transaction the provider hands out the thread's transaction connection (not closeable).
            connection = provider.getConnection();
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException(e);
        }
        T result;
        try {
            result = callback.doInTransaction();
        } catch (RuntimeException | Error e) {
            try {
                connection.rollback(savepoint);
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            entityManager.flushAll();
            throw e;
        }
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException(e);
        }
        return result;
    }

    /** Whether AO's provider has a transaction open on this thread (it keeps it in a private ThreadLocal). */
    private boolean isTransactionOpen() {
        try {
            ThreadLocal<?> current = (ThreadLocal<?>) TRANSACTION_THREAD_LOCAL.get(entityManager.getProvider());
            Connection connection = (Connection) current.get();
            return connection != null && !connection.isClosed();
        } catch (IllegalAccessException | SQLException e) {
            throw new IllegalStateException("Cannot inspect AO's transaction state", e);
        }
    }

    private static Field transactionThreadLocalField() {
        try {
            Field field = DatabaseProvider.class.getDeclaredField("transactionThreadLocal");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new ExceptionInInitializerError("AO " + DatabaseProvider.class.getPackage().getImplementationVersion()
                    + " has no DatabaseProvider.transactionThreadLocal; adapt EntityManagerActiveObjects");
        }
    }

    private interface SqlRunnable {
        void run() throws SQLException;
    }

    private interface SqlCallable<V> {
        V call() throws SQLException;
    }

    private static void run(SqlRunnable action) {
        try {
            action.run();
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException(e);
        }
    }

    private static <V> V call(SqlCallable<V> action) {
        try {
            return action.call();
        } catch (SQLException e) {
            throw new ActiveObjectsSqlException(e);
        }
    }

    /** Unchecked wrapper of a {@link SQLException} from AO. */
    public static final class ActiveObjectsSqlException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ActiveObjectsSqlException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private final class MetaData implements ActiveObjectsModuleMetaData {
        @Override
        public void awaitInitialization() {
        }

        @Override
        public void awaitInitialization(long timeout, TimeUnit unit) {
        }

        @Override
        public boolean isInitialized() {
            return true;
        }

        @Override
        public boolean isDataSourcePresent() {
            return true;
        }

        @Override
        public boolean isTablePresent(Class<? extends RawEntity<?>> type) {
            String table = entityManager.getNameConverters().getTableNameConverter().getName(type);
            DatabaseProvider provider = entityManager.getProvider();
            return call(() -> {
                Connection connection = provider.getConnection();
                try (ResultSet tables = provider.getTables(connection)) {
                    while (tables.next()) {
                        if (table.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                            return true;
                        }
                    }
                    return false;
                } finally {
                    connection.close(); // a no-op on the thread's transaction connection
                }
            });
        }
    }
}
