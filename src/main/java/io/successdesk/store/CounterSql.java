package io.successdesk.store;

import net.java.ao.DatabaseProvider;
import net.java.ao.Entity;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Adds to counter columns of one row with a single {@code UPDATE t SET c = c + ? ... WHERE ID = ?}, so concurrent
 * writers never lose each other's increments (the database serialises them on the row lock; AO setters would
 * read-modify-write). Runs on the connection of the surrounding {@code executeInTransaction}: AO's provider hands
 * out the thread's transaction connection there.
 */
final class CounterSql {

    private CounterSql() {
    }

    static void add(RawEntity<?> row, int id, Map<String, ? extends Number> increments) {
        EntityManager em = row.getEntityManager();
        String table = tableName(row);
        try {
            update(em.getProvider(), em.getProvider().withSchema(table), id, increments);
        } catch (SQLException e) {
            throw new IllegalStateException("could not update counters of " + em.getProvider().withSchema(table)
                    + " row " + id, e);
        }
        em.flush(row);
    }

    /** Adds one to {@code column} of {@code row}, which must still exist. */
    static void increment(Entity row, String column) {
        EntityManager em = row.getEntityManager();
        String table = tableName(row);
        try {
            if (update(em.getProvider(), em.getProvider().withSchema(table), row.getID(), Map.of(column, 1)) != 1) {
                throw new IllegalStateException("row " + row.getID() + " of " + table + " vanished during increment");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot increment " + table + "." + column, e);
        }
        em.flush(row);
    }

    /**
     * Locks {@code row} for the rest of the surrounding transaction with a no-op {@code UPDATE t SET c = c WHERE
     * ID = ?} (portable, unlike {@code SELECT … FOR UPDATE}), so a writer of the same row waits for this transaction
     * and this one, if it came second, waited for that writer's commit.
     *
     * @return whether the row still exists
     */
    static boolean lock(Entity row, String column) {
        EntityManager em = row.getEntityManager();
        DatabaseProvider provider = em.getProvider();
        String table = provider.withSchema(tableName(row));
        String sql = "UPDATE " + table + " SET " + provider.processID(column) + " = " + provider.processID(column)
                + " WHERE " + provider.processID("ID") + " = ?";
        try {
            Connection connection = provider.getConnection();
            try (PreparedStatement statement = provider.preparedStatement(connection, sql)) {
                statement.setInt(1, row.getID());
                return statement.executeUpdate() == 1;
            } finally {
                connection.close(); // inside a transaction: a no-op on the transaction's connection
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot lock row " + row.getID() + " of " + table, e);
        }
    }

    private static String tableName(RawEntity<?> row) {
        return row.getEntityManager().getNameConverters().getTableNameConverter().getName(row.getEntityType());
    }

    /** The number of rows updated. */
    private static int update(DatabaseProvider provider, String table, int id, Map<String, ? extends Number> increments)
            throws SQLException {
        StringJoiner set = new StringJoiner(", ");
        increments.keySet().forEach(column -> set.add(provider.processID(column) + " = " + provider.processID(column) + " + ?"));
        String sql = "UPDATE " + table + " SET " + set + " WHERE " + provider.processID("ID") + " = ?";
        Connection connection = provider.getConnection();
        try (PreparedStatement statement = provider.preparedStatement(connection, sql)) {
            int index = 1;
            for (Number increment : increments.values()) {
                statement.setLong(index++, increment.longValue());
            }
            statement.setInt(index, id);
            return statement.executeUpdate();
        } finally {
            connection.close(); // inside a transaction: a no-op on the transaction's connection
        }
    }
}
