package io.successdesk.store.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.successdesk.store.ao.upgrade.v2.AccountRow;
import net.java.ao.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Model version 3: the account key becomes unique in the database. Before the constraint, two creates of one key at
 * the same instant could both be stored; Active Objects cannot add the constraint while such rows exist, and the app
 * would not start. This task keeps the first row of each key (lowest ID) and removes the later ones, logging each key.
 * The child rows (domains, organizations, attributes) are keyed by the account key, so they stay with the kept row.
 * Idempotent: a second run finds no duplicate.
 */
public final class UniqueAccountKeysTask implements ActiveObjectsUpgradeTask {

    private static final Logger LOG = LoggerFactory.getLogger(UniqueAccountKeysTask.class);
    private static final int DELETE_BATCH = 500;

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("3");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        if (!currentVersion.isOlderThan(getModelVersion())) {
            return;
        }
        ao.migrate(AccountRow.class);
        ao.executeInTransaction(() -> {
            List<Integer> later = laterDuplicates(ao);
            for (int from = 0; from < later.size(); from += DELETE_BATCH) {
                List<Integer> batch = later.subList(from, Math.min(later.size(), from + DELETE_BATCH));
                ao.deleteWithSQL(AccountRow.class, "ID IN (" + String.join(", ", batch.stream().map(id -> "?").toList())
                        + ")", batch.toArray());
            }
            return null;
        });
    }

    private static List<Integer> laterDuplicates(ActiveObjects ao) {
        List<Integer> later = new ArrayList<>();
        String[] previousKey = {null};
        ao.stream(AccountRow.class, Query.select("ID, " + AccountRow.ACCOUNT_KEY)
                .order(AccountRow.ACCOUNT_KEY + " ASC, ID ASC"), row -> {
            if (row.getAccountKey().equals(previousKey[0])) {
                LOG.warn("Removing a second account row {} with key {} before the key becomes unique",
                        row.getID(), row.getAccountKey());
                later.add(row.getID());
            }
            previousKey[0] = row.getAccountKey();
        });
        return later;
    }
}
