package io.successdesk.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Counts the SQL statements the code under measurement really sends, by wrapping the JDBC drivers: every
 * {@code execute*} call on a statement counts once (a batch counts as one per {@code executeBatch}). Active Objects
 * picks its database by URL prefix and opens connections through {@link DriverManager}, so the wrapper takes the
 * real drivers' place there; nothing in the app changes.
 */
public final class SqlStatementCounter {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");
    private static final AtomicLong STATEMENTS = new AtomicLong();
    private static final List<String> RECENT = Collections.synchronizedList(new ArrayList<>());
    private static volatile boolean recording;
    private static boolean installed;

    private SqlStatementCounter() {
    }

    /** Puts the counting wrapper in front of every registered JDBC driver; idempotent. */
    public static synchronized void install() throws SQLException {
        if (installed) {
            return;
        }
        List<Driver> drivers = Collections.list(DriverManager.getDrivers());
        for (Driver driver : drivers) {
            DriverManager.deregisterDriver(driver);
            DriverManager.registerDriver(new CountingDriver(driver));
        }
        installed = true;
    }

    public static long count() {
        return STATEMENTS.get();
    }

    /** Runs {@code work} and returns the statements it sent, remembering their SQL for the report. */
    public static Measured measure(Runnable work) {
        RECENT.clear();
        recording = true;
        long before = STATEMENTS.get();
        try {
            work.run();
        } finally {
            recording = false;
        }
        return new Measured(STATEMENTS.get() - before, List.copyOf(RECENT));
    }

    public record Measured(long statements, List<String> sql) {
    }

    private static final class CountingDriver implements Driver {
        private final Driver delegate;

        CountingDriver(Driver delegate) {
            this.delegate = delegate;
        }

        @Override
        public Connection connect(String url, Properties info) throws SQLException {
            Connection connection = delegate.connect(url, info);
            return connection == null ? null : wrap(Connection.class, connection);
        }

        @Override
        public boolean acceptsURL(String url) throws SQLException {
            return delegate.acceptsURL(url);
        }

        @Override
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
            return delegate.getPropertyInfo(url, info);
        }

        @Override
        public int getMajorVersion() {
            return delegate.getMajorVersion();
        }

        @Override
        public int getMinorVersion() {
            return delegate.getMinorVersion();
        }

        @Override
        public boolean jdbcCompliant() {
            return delegate.jdbcCompliant();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return delegate.getParentLogger();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T wrap(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (target instanceof Statement && EXECUTIONS.contains(method.getName())) {
                STATEMENTS.incrementAndGet();
                if (recording) {
                    RECENT.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : String.valueOf(target));
                }
            }
            if (result instanceof Statement statement && !(result instanceof Proxy)) {
                Class<?> statementType = method.getReturnType().isInterface() ? method.getReturnType() : Statement.class;
                return wrap((Class<Object>) statementType, statement);
            }
            return result;
        };
        Class<?>[] interfaces = type == Connection.class ? new Class<?>[] {Connection.class}
                : new Class<?>[] {type};
        return (T) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), interfaces, handler);
    }
}
