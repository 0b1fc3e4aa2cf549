package io.successdesk.store.ao;

import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;

/**
 * Daily CSAT totals over all accounts (table {@code AO_xxxxxx_CSAT_DAY_TOTAL}): per UTC answer day (epoch day) and
 * project (null when the answer had none), how many answers gave each rating 1–5 — the sums of {@link CsatDaily} without
 * the account, kept on write beside it by {@code AoCsatStore}, so a trend over every account reads one row per day and
 * project instead of one per account. Readers sum the rows of a key, so a second row for the same key is harmless.
 */
@Indexes({
        @Index(name = "totalDayProject", methodNames = {"getAnsweredDay", "getProjectKey"})
})
public interface CsatDayTotal extends RatingCountColumns {

    String ANSWERED_DAY = "ANSWERED_DAY";
    String PROJECT_KEY = "PROJECT_KEY";

    @NotNull
    Integer getAnsweredDay();

    void setAnsweredDay(Integer answeredDay);

    String getProjectKey();

    void setProjectKey(String projectKey);
}
