package io.successdesk.store;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.Entity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Optimistic locking that two concurrent writers cannot both pass: one atomic
 * {@code UPDATE t SET LOCK_VERSION = next WHERE ID = ? AND LOCK_VERSION = expected} on the transaction's own
 * connection. The database serialises the two statements on the row lock, so the later one re-reads the committed
 * version and matches no row. AO has no conditional update, hence plain JDBC through AO's provider (which quotes
 * names and hands out the current transaction's connection; closing it inside a transaction is a no-op).
 * Under snapshot or serializable isolation (AO's own transactions on PostgreSQL) the later writer gets a
 * serialization failure (SQLSTATE 40001) instead of an empty match: that too means it lost the race, as does giving
 * up on the other writer's row lock (a lock timeout on a loaded machine).
 */
final class VersionGuard {

    private VersionGuard() {
    }

    private static final String SERIALIZATION_FAILURE = "40001";
    /** Waiting for the other writer's row lock timed out: H2's lock timeout (50200) and PostgreSQL's lock_not_available. */
    private static final java.util.Set<String> LOCK_TIMEOUT = java.util.Set.of("HYT00", "55P03");

    /** What became of the attempt to move a row from one version to the next. */
    enum Outcome {
        /** The row was at the expected version and now is at the next. */
        ADVANCED,
        /** The row is no longer at the expected version (or is gone); the transaction can go on reading. */
        STALE,
        /** A concurrent writer holds or changed the row; the transaction is doomed and must end now. */
        LOST_RACE
    }

    /** Moves the row from {@code expected} to {@code next} if it is still at {@code expected}; call inside a transaction. */
    static Outcome advance(Entity row, String versionColumn, long expected, long next) {
        EntityManager entityManager = row.getEntityManager();
        DatabaseProvider provider = entityManager.getProvider();
        String table = provider.withSchema(entityManager.getTableNameConverter().getName(row.getEntityType()));
        String sql = "UPDATE " + table + " SET " + provider.quote(versionColumn) + " = ? WHERE "
                + provider.quote("ID") + " = ? AND " + provider.quote(versionColumn) + " = ?";
        try (Connection connection = provider.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, next);
            statement.setInt(2, row.getID());
            statement.setLong(3, expected);
            return statement.executeUpdate() == 1 ? Outcome.ADVANCED : Outcome.STALE;
        } catch (SQLException e) {
            if (SERIALIZATION_FAILURE.equals(e.getSQLState()) || LOCK_TIMEOUT.contains(e.getSQLState())) {
                return Outcome.LOST_RACE;
            }
            throw new IllegalStateException("Could not advance the version of " + table + " row: " + e.getMessage(), e);
        }
    }

    /**
     * Takes the row's write lock until the transaction ends ({@code UPDATE t SET v = v WHERE ID = ?}, a change of
     * nothing): writers of the same row wait for each other, and what this transaction reads afterwards includes
     * everything the previous holder committed (READ COMMITTED reads anew per statement).
     *
     * @return false when the row is gone
     */
    static boolean lock(Entity row, String versionColumn) {
        EntityManager entityManager = row.getEntityManager();
        DatabaseProvider provider = entityManager.getProvider();
        String table = provider.withSchema(entityManager.getTableNameConverter().getName(row.getEntityType()));
        String column = provider.quote(versionColumn);
        String sql = "UPDATE " + table + " SET " + column + " = " + column + " WHERE " + provider.quote("ID") + " = ?";
        try (Connection connection = provider.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, row.getID());
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not lock the " + table + " row: " + e.getMessage(), e);
        }
    }
}
