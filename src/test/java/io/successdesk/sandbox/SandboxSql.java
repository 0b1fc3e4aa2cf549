package io.successdesk.sandbox;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC for the stand-ins' own tables (portable SQL: H2 1.3 and PostgreSQL), each call in autocommit. */
final class SandboxSql {

    /** Reads one row. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final DataSource dataSource;

    SandboxSql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    int update(String sql, Object... arguments) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, arguments)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("sandbox host SQL failed: " + sql, e);
        }
    }

    /** Inserts a row unless one with the same primary key exists (a concurrent insert of it is no error either). */
    void insertIfAbsent(String sql, Object... arguments) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, arguments)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                throw new IllegalStateException("sandbox host SQL failed: " + sql, e);
            }
        }
    }

    <T> List<T> query(String sql, Row<T> row, Object... arguments) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, arguments);
             ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(row.read(rows));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("sandbox host SQL failed: " + sql, e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... arguments) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < arguments.length; i++) {
            statement.setObject(i + 1, arguments[i]);
        }
        return statement;
    }
}
