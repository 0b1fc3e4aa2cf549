package io.successdesk.store.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.successdesk.store.CsatTierTotals;
import io.successdesk.store.ao.AccountRow;
import io.successdesk.store.ao.CsatDaily;
import io.successdesk.store.ao.CsatTierDay;

/**
 * Model version 5: the CSAT totals per tier ({@link CsatTierDay}) are filled from the daily rollups and each
 * account's current tier, so the trend of a tier is right from the first read after the upgrade. Idempotent: it
 * replaces the tier totals with the sums it finds.
 */
public final class CsatTierTotalsTask implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("5");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        if (!currentVersion.isOlderThan(getModelVersion())) {
            return;
        }
        ao.migrate(AccountRow.class, CsatDaily.class, CsatTierDay.class);
        ao.executeInTransaction(() -> CsatTierTotals.rebuildAll(ao));
    }
}
