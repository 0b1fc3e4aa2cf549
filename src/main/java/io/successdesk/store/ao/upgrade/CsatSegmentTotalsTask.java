package io.successdesk.store.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.successdesk.store.CsatSegmentTotals;
import io.successdesk.store.ao.AccountRow;
import io.successdesk.store.ao.CsatDaily;
import io.successdesk.store.ao.CsatSegmentDay;

/**
 * Model version 5: the CSAT totals per tier and per CSM ({@link CsatSegmentDay}) are filled from the daily rollups and
 * each account's current tier and CSM, so the trend of a tier or a book is right from the first read after the
 * upgrade. Idempotent: it replaces the segment totals with the sums it finds.
 */
public final class CsatSegmentTotalsTask implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("5");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        if (!currentVersion.isOlderThan(getModelVersion())) {
            return;
        }
        ao.migrate(AccountRow.class, CsatDaily.class, CsatSegmentDay.class);
        ao.executeInTransaction(() -> CsatSegmentTotals.rebuildAll(ao));
    }
}
