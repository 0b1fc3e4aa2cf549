package io.successdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.successdesk.store.ao.ArrMonth;
import io.successdesk.store.ao.ArrVersion;
import io.successdesk.store.ao.CsatDaily;
import io.successdesk.store.ao.CsatDayTotal;
import io.successdesk.store.ao.CsatResp;
import io.successdesk.store.ao.NpsResp;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import org.junit.Test;

/** The CSAT, NPS and ARR tables carry the indexes their stores' WHERE clauses rely on, on every test database. */
@Data(AoVocSchemaTest.Schema.class)
public class AoVocSchemaTest extends ActiveObjectsTestCase {

    public static final class Schema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(CsatResp.class, CsatDaily.class, CsatDayTotal.class, NpsResp.class, ArrMonth.class,
                    ArrVersion.class);
        }
    }

    @Test
    public void shouldIndexEveryLookupColumnOfTheCsatTables() throws Exception {
        assertThat(uniqueIndexes(CsatResp.class)).contains(List.of(CsatResp.RESPONSE_KEY));
        assertThat(indexes(CsatResp.class)).contains(List.of(CsatResp.ACCOUNT_KEY, CsatResp.ANSWERED_AT),
                List.of(CsatResp.ANSWERED_DAY, CsatResp.ACCOUNT_KEY));
        assertThat(indexes(CsatDaily.class)).contains(List.of(CsatDaily.ANSWERED_DAY, CsatDaily.ACCOUNT_KEY),
                List.of(CsatDaily.ACCOUNT_KEY, CsatDaily.ANSWERED_DAY),
                List.of(CsatDaily.PROJECT_KEY, CsatDaily.ANSWERED_DAY));
    }

    @Test
    public void shouldIndexEveryLookupColumnOfTheNpsAndArrTables() throws Exception {
        assertThat(uniqueIndexes(NpsResp.class)).contains(List.of(NpsResp.RESPONSE_KEY));
        assertThat(indexes(NpsResp.class)).contains(List.of(NpsResp.ACCOUNT_KEY, NpsResp.ANSWERED_AT),
                List.of(NpsResp.ANSWERED_AT));
        assertThat(uniqueIndexes(ArrMonth.class)).contains(List.of(ArrMonth.SNAPSHOT_KEY));
        assertThat(indexes(ArrMonth.class)).contains(List.of(ArrMonth.CURRENCY, ArrMonth.SNAPSHOT_MONTH),
                List.of(ArrMonth.ACCOUNT_KEY, ArrMonth.SNAPSHOT_MONTH));
        assertThat(uniqueIndexes(ArrVersion.class)).contains(List.of(ArrVersion.CURRENCY));
    }

    @Test
    public void shouldNameTablesWithinTheThirtyCharacterLimit() {
        for (Class<? extends RawEntity<?>> type : List.<Class<? extends RawEntity<?>>>of(CsatResp.class,
                CsatDaily.class, NpsResp.class, ArrMonth.class, ArrVersion.class)) {
            assertThat(entityManager.getTableNameConverter().getName(type)).hasSizeLessThanOrEqualTo(30);
        }
    }

    private List<List<String>> uniqueIndexes(Class<? extends RawEntity<?>> type) throws Exception {
        return indexColumns(type, true);
    }

    private List<List<String>> indexes(Class<? extends RawEntity<?>> type) throws Exception {
        return indexColumns(type, false);
    }

    /** Each index of the table as its column list in index order. */
    private List<List<String>> indexColumns(Class<? extends RawEntity<?>> type, boolean uniqueOnly) throws Exception {
        String table = entityManager.getTableNameConverter().getName(type);
        Map<String, Map<Short, String>> byIndex = new TreeMap<>();
        try (Connection c = entityManager.getProvider().getConnection();
                ResultSet rs = c.getMetaData().getIndexInfo(null, entityManager.getProvider().getSchema(), table,
                        uniqueOnly, false)) {
            while (rs.next()) {
                if (rs.getString("INDEX_NAME") != null && rs.getString("COLUMN_NAME") != null) {
                    byIndex.computeIfAbsent(rs.getString("INDEX_NAME"), name -> new TreeMap<>())
                            .put(rs.getShort("ORDINAL_POSITION"), rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
        }
        List<List<String>> indexes = new ArrayList<>();
        byIndex.values().forEach(columns -> indexes.add(List.copyOf(columns.values())));
        return indexes;
    }
}
