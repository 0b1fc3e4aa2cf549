package io.successdesk.store.ao.upgrade;

import io.successdesk.store.ao.AccountRow;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An install from before the account key constraint, with a key stored twice by the race the constraint closes:
 * {@link UniqueAccountKeysTask} keeps the first row of the key, Active Objects' migration of the live entity then adds
 * the unique constraint to the existing table, and from then on the database refuses a second row with a key.
 * Non-transactional because the migration is DDL.
 */
@Data(AccountKeyConstraintMigrationTest.OldSchema.class)
public class AccountKeyConstraintMigrationTest extends ActiveObjectsTestCase {

    public static final class OldSchema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(AccountRowBeforeUniqueKey.class);
        }
    }

    @Test
    @NonTransactional
    public void shouldRemoveLaterDuplicatesAndAddTheUniqueKeyConstraintToAnExistingAccountTable() {
        int first = insert(AccountRowBeforeUniqueKey.class, "ACME");
        insert(AccountRowBeforeUniqueKey.class, "INITECH");
        insert(AccountRowBeforeUniqueKey.class, "ACME");    // the race the constraint closes
        insert(AccountRowBeforeUniqueKey.class, "ACME");

        UniqueAccountKeysTask task = new UniqueAccountKeysTask();
        task.upgrade(ModelVersion.valueOf("2"), ao);
        task.upgrade(ModelVersion.valueOf("2"), ao);
        ao.migrate(AccountRow.class);

        assertThat(ao.count(AccountRow.class)).isEqualTo(2);
        assertThat(ao.find(AccountRow.class, AccountRow.ACCOUNT_KEY + " = ?", "ACME"))
                .extracting(AccountRow::getID, AccountRow::getAccountName, AccountRow::getTier)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first, "ACME", "SMB"));
        insert(AccountRow.class, "GLOBEX");
        assertThatThrownBy(() -> insert(AccountRow.class, "ACME")).isInstanceOf(RuntimeException.class);
        assertThat(ao.count(AccountRow.class, AccountRow.ACCOUNT_KEY + " = ?", "ACME")).isEqualTo(1);
    }

    private int insert(Class<? extends net.java.ao.Entity> type, String key) {
        return ao.create(type, new DBParam(AccountRow.ACCOUNT_KEY, key), new DBParam(AccountRow.ACCOUNT_NAME, key),
                new DBParam(AccountRow.TIER, "SMB"), new DBParam(AccountRow.STAGE, "ADOPTION"),
                new DBParam(AccountRow.CONTRACT_START, "2026-01-01"), new DBParam(AccountRow.LOCK_VERSION, 1L),
                new DBParam(AccountRow.CREATED_AT, 0L), new DBParam(AccountRow.UPDATED_AT, 0L)).getID();
    }
}
