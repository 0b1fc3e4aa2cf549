package io.successdesk.store.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.successdesk.store.ao.CsatDaily;
import io.successdesk.store.ao.CsatDayTotal;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.Objects;

/**
 * Model version 4: the CSAT day totals ({@link CsatDayTotal}) are filled from the daily rollups the app kept before
 * them, so a trend over every account is right from the first read after the upgrade. Idempotent: it replaces the
 * totals with the sums of the daily rows, whatever it finds. Reads the rollups in day and project order, holding one
 * key's sums at a time.
 */
public final class CsatDayTotalsTask implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("4");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        if (!currentVersion.isOlderThan(getModelVersion())) {
            return;
        }
        ao.migrate(CsatDaily.class, CsatDayTotal.class);
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(CsatDayTotal.class, CsatDayTotal.ANSWERED_DAY + " IS NOT NULL");
            Sums sums = new Sums(ao);
            ao.stream(CsatDaily.class, Query.select(String.join(", ", "ID", CsatDaily.ANSWERED_DAY, CsatDaily.PROJECT_KEY,
                                    CsatDaily.ONES, CsatDaily.TWOS, CsatDaily.THREES, CsatDaily.FOURS, CsatDaily.FIVES))
                            .order(CsatDaily.ANSWERED_DAY + ", " + CsatDaily.PROJECT_KEY),
                    row -> sums.add(row.getAnsweredDay(), row.getProjectKey(), new long[] {row.getOnes(), row.getTwos(),
                            row.getThrees(), row.getFours(), row.getFives()}));
            sums.finish();
            return null;
        });
    }

    /** Sums consecutive rows of one day and project and writes each sum as one total row. */
    private static final class Sums {
        private final ActiveObjects ao;
        private Integer day;
        private String project;
        private long[] counts = new long[5];

        Sums(ActiveObjects ao) {
            this.ao = ao;
        }

        void add(int rowDay, String rowProject, long[] rowCounts) {
            if (day != null && (day != rowDay || !Objects.equals(project, rowProject))) {
                finish();
            }
            day = rowDay;
            project = rowProject;
            for (int i = 0; i < counts.length; i++) {
                counts[i] += rowCounts[i];
            }
        }

        void finish() {
            if (day != null && Arrays.stream(counts).sum() > 0) {
                ao.create(CsatDayTotal.class, new DBParam(CsatDayTotal.ANSWERED_DAY, day),
                        new DBParam(CsatDayTotal.PROJECT_KEY, project), new DBParam(CsatDaily.ONES, counts[0]),
                        new DBParam(CsatDaily.TWOS, counts[1]), new DBParam(CsatDaily.THREES, counts[2]),
                        new DBParam(CsatDaily.FOURS, counts[3]), new DBParam(CsatDaily.FIVES, counts[4]));
            }
            day = null;
            project = null;
            counts = new long[5];
        }
    }
}
