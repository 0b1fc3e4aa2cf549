package io.successdesk.store.ao.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

/** Proves the AO test wiring on every test database: schema, names, CRUD, queries, streaming, transactions. */
@Data(ActiveObjectsWiringTest.Schema.class)
public class ActiveObjectsWiringTest extends ActiveObjectsTestCase {

    public static final class Schema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(SmokeRow.class);
        }
    }

    @Test
    public void shouldNameTablesWithJirasPrefixForTheAppNamespace() throws Exception {
        String md5 = String.format("%032x", new BigInteger(1,
                MessageDigest.getInstance("MD5").digest("io.successdesk".getBytes(StandardCharsets.UTF_8))));
        String expected = "AO_" + md5.substring(26).toUpperCase() + "_SMOKE_ROW";

        assertThat(JiraTableNameConverter.tablePrefix("io.successdesk")).isEqualTo("AO_" + md5.substring(26).toUpperCase() + "_");
        assertThat(entityManager.getTableNameConverter().getName(SmokeRow.class)).isEqualTo(expected);
        assertThat(tableNamesInDatabase()).contains(expected);
        assertThat(ao.moduleMetaData().isTablePresent(SmokeRow.class)).isTrue();
    }

    @Test
    public void shouldCreateAnIndexOnTheIndexedColumn() throws Exception {
        String table = entityManager.getTableNameConverter().getName(SmokeRow.class);
        Set<String> indexedColumns = new HashSet<>();
        try (Connection c = entityManager.getProvider().getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            try (ResultSet rs = md.getIndexInfo(null, entityManager.getProvider().getSchema(), table, false, false)) {
                while (rs.next()) {
                    if (rs.getString("COLUMN_NAME") != null && !"ID".equalsIgnoreCase(rs.getString("COLUMN_NAME"))) {
                        indexedColumns.add(rs.getString("COLUMN_NAME").toUpperCase());
                    }
                }
            }
        }
        assertThat(indexedColumns).contains(SmokeRow.ROW_KEY);
    }

    @Test
    public void shouldCreateFindStreamAndCount() {
        for (int i = 1; i <= 5; i++) {
            ao.create(SmokeRow.class, new DBParam(SmokeRow.ROW_KEY, "k" + i), new DBParam(SmokeRow.SCORE, i * 10));
        }
        SmokeRow fromMap = ao.create(SmokeRow.class, Map.of(SmokeRow.ROW_KEY, "other", SmokeRow.SCORE, 99));
        assertThat(fromMap.getID()).isPositive();
        assertThat(ao.get(SmokeRow.class, fromMap.getID()).getRowKey()).isEqualTo("other");

        SmokeRow[] top = ao.find(SmokeRow.class, Query.select()
                .where(SmokeRow.ROW_KEY + " LIKE ?", "k%")
                .order(SmokeRow.SCORE + " DESC")
                .limit(2));
        assertThat(top).extracting(SmokeRow::getScore).containsExactly(50, 40);
        assertThat(ao.find(SmokeRow.class, SmokeRow.ROW_KEY + " = ?", "k3")).extracting(SmokeRow::getScore)
                .containsExactly(30);

        List<String> streamed = new ArrayList<>();
        ao.stream(SmokeRow.class, Query.select(SmokeRow.ROW_KEY + ", " + SmokeRow.SCORE)
                .where(SmokeRow.SCORE + " >= ?", 30).order(SmokeRow.SCORE), row -> streamed.add(row.getRowKey()));
        assertThat(streamed).containsExactly("k3", "k4", "k5", "other");

        assertThat(ao.count(SmokeRow.class)).isEqualTo(6);
        assertThat(ao.count(SmokeRow.class, SmokeRow.SCORE + " > ?", 20)).isEqualTo(4);
        assertThat(ao.count(SmokeRow.class, Query.select().where(SmokeRow.ROW_KEY + " = ?", "k1"))).isEqualTo(1);

        ao.delete(fromMap);
        assertThat(ao.deleteWithSQL(SmokeRow.class, SmokeRow.SCORE + " < ?", 30)).isEqualTo(2);
        assertThat(ao.count(SmokeRow.class)).isEqualTo(3);
    }

    @Test
    public void shouldRollBackEverythingATransactionWroteWhenItThrows() {
        ao.create(SmokeRow.class, new DBParam(SmokeRow.ROW_KEY, "before"));

        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            ao.create(SmokeRow.class, new DBParam(SmokeRow.ROW_KEY, "half-1"));
            ao.create(SmokeRow.class, new DBParam(SmokeRow.ROW_KEY, "half-2"));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(ao.count(SmokeRow.class, SmokeRow.ROW_KEY + " LIKE ?", "half%")).isZero();
        assertThat(ao.count(SmokeRow.class)).isEqualTo(1);
        // The surrounding work goes on after the rolled-back part.
        Integer id = ao.executeInTransaction(() -> ao.create(SmokeRow.class, new DBParam(SmokeRow.ROW_KEY, "after")).getID());
        assertThat(ao.get(SmokeRow.class, id).getRowKey()).isEqualTo("after");
    }

    @Test
    @NonTransactional
    public void shouldCommitOrRollBackARealTransactionWhenNoneIsOpen() throws Exception {
        ao.executeInTransaction(() -> ao.create(SmokeRow.class, new DBParam(SmokeRow.ROW_KEY, "committed")));
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            ao.create(SmokeRow.class, new DBParam(SmokeRow.ROW_KEY, "rolled-back"));
            throw new IllegalArgumentException("boom");
        })).isInstanceOf(IllegalArgumentException.class);

        // Seen from a separate JDBC connection: only the committed row exists.
        String table = entityManager.getTableNameConverter().getName(SmokeRow.class);
        List<String> keys = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(database().jdbc().getUrl(), database().jdbc().getUsername(),
                database().jdbc().getPassword()); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT \"ROW_KEY\" FROM \"" + table + "\"")) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        assertThat(keys).containsExactly("committed");
    }

    private Set<String> tableNamesInDatabase() throws Exception {
        Set<String> names = new HashSet<>();
        try (Connection c = entityManager.getProvider().getConnection();
                ResultSet rs = entityManager.getProvider().getTables(c)) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    @Test
    @NonTransactional
    public void shouldRunAppTransactionsAtReadCommittedAsJiraDoes() {
        int isolation = ao.executeInTransaction(() -> {
            try {
                // inside a transaction the provider hands out the transaction's own connection
                return entityManager.getProvider().getConnection().getTransactionIsolation();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(isolation).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
    }
}
