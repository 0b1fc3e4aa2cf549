package io.successdesk.store.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.successdesk.store.ao.CsatDaily;
import net.java.ao.DBParam;

import java.time.LocalDate;

/** Writes CSAT daily rollup rows as an earlier model version left them, for the upgrade task tests. */
final class CsatDailyRows {

    private CsatDailyRows() {
    }

    /** One row of the day, account and project (null: none) with the counts of ratings 1–5. */
    static void insert(ActiveObjects ao, LocalDate day, String account, String project, long... counts) {
        ao.executeInTransaction(() -> ao.create(CsatDaily.class, new DBParam(CsatDaily.ANSWERED_DAY, (int) day.toEpochDay()),
                new DBParam(CsatDaily.ACCOUNT_KEY, account), new DBParam(CsatDaily.PROJECT_KEY, project),
                new DBParam(CsatDaily.ONES, counts[0]), new DBParam(CsatDaily.TWOS, counts[1]),
                new DBParam(CsatDaily.THREES, counts[2]), new DBParam(CsatDaily.FOURS, counts[3]),
                new DBParam(CsatDaily.FIVES, counts[4])));
    }
}
