package io.successdesk.store;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Adds to counter columns of one row with a single {@code UPDATE t SET c = c + ? ... WHERE ID = ?}, so concurrent
 * writers never lose each other's increments (AO setters would read-modify-write). Runs on the connection of the
 * surrounding {@code executeInTransaction}: AO's provider hands out the thread's transaction connection there.
 */
final class CounterSql {

    private CounterSql() {
    }

    static void add(RawEntity<?> row, int id, Map<String, ? extends Number> increments) {
        EntityManager em = row.getEntityManager();
        DatabaseProvider provider = em.getProvider();
        String table = provider.withSchema(em.getNameConverters().getTableNameConverter().getName(row.getEntityType()));
        StringJoiner set = new StringJoiner(", ");
        increments.keySet().forEach(column -> set.add(provider.processID(column) + " = " + provider.processID(column) + " + ?"));
        String sql = "UPDATE " + table + " SET " + set + " WHERE " + provider.processID("ID") + " = ?";
        try {
            Connection connection = provider.getConnection();
            try (PreparedStatement statement = provider.preparedStatement(connection, sql)) {
                int index = 1;
                for (Number increment : increments.values()) {
                    statement.setLong(index++, increment.longValue());
                }
                statement.setInt(index, id);
                statement.executeUpdate();
            } finally {
                connection.close();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not update counters of " + table + " row " + id, e);
        }
        em.flush(row);
    }
}
