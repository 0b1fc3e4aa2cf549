package io.successdesk.store.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.successdesk.store.ao.upgrade.v1.AccountDomainRow;
import net.java.ao.Query;

import java.util.Locale;

/**
 * Model version 2: e-mail domains are stored trimmed and in lower case, because account resolution compares them
 * exactly. Rows written by imports or SQL before the store normalised them are rewritten; a row that becomes a
 * duplicate of another domain of the same account is removed. Idempotent: a second run changes nothing.
 */
public final class LowerCaseDomainsTask implements ActiveObjectsUpgradeTask {

    static final int BATCH_SIZE = 500;

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        if (!currentVersion.isOlderThan(getModelVersion())) {
            return;
        }
        ao.migrate(AccountDomainRow.class);
        int lastId = 0;
        while (lastId >= 0) {
            int after = lastId;
            lastId = ao.executeInTransaction(() -> normaliseBatchAfter(ao, after));
        }
    }

    /** Normalises the next batch of rows with an ID above {@code lastId}; the last ID seen, or -1 when done. */
    private static int normaliseBatchAfter(ActiveObjects ao, int lastId) {
        AccountDomainRow[] batch = ao.find(AccountDomainRow.class,
                Query.select().where("ID > ?", lastId).order("ID ASC").limit(BATCH_SIZE));
        for (AccountDomainRow row : batch) {
            String normal = row.getEmailDomain().strip().toLowerCase(Locale.ROOT);
            if (normal.equals(row.getEmailDomain())) {
                continue;
            }
            boolean duplicate = ao.count(AccountDomainRow.class, AccountDomainRow.ACCOUNT_KEY + " = ? AND "
                    + AccountDomainRow.EMAIL_DOMAIN + " = ? AND ID <> ?", row.getAccountKey(), normal, row.getID()) > 0;
            if (duplicate) {
                ao.delete(row);
            } else {
                row.setEmailDomain(normal);
                row.save();
            }
        }
        return batch.length == 0 ? -1 : batch[batch.length - 1].getID();
    }
}
