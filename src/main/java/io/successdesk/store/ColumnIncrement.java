package io.successdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.Entity;

/**
 * {@code UPDATE table SET C = C + 1 WHERE ID = ?} on the current transaction's connection: an increment that two
 * concurrent writers cannot lose (the database serialises them on the row lock), unlike read-modify-{@code save()}.
 */
final class ColumnIncrement {

    private ColumnIncrement() {
    }

    static void increment(Entity row, String column) {
        EntityManager entityManager = row.getEntityManager();
        DatabaseProvider provider = entityManager.getProvider();
        String table = entityManager.getNameConverters().getTableNameConverter().getName(row.getEntityType());
        String quoted = provider.processID(column);
        String sql = "UPDATE " + provider.withSchema(table) + " SET " + quoted + " = " + quoted + " + 1 WHERE "
                + provider.processID("ID") + " = ?";
        try {
            Connection connection = provider.getConnection();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setInt(1, row.getID());
                if (statement.executeUpdate() != 1) {
                    throw new IllegalStateException("row " + row.getID() + " of " + table + " vanished during increment");
                }
            } finally {
                connection.close(); // inside a transaction: a no-op on the transaction's connection
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot increment " + table + "." + column, e);
        }
        entityManager.flush(row);
    }
}
