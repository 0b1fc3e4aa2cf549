package io.successdesk.store.ao;

import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/**
 * Daily CSAT totals per tier (table {@code AO_xxxxxx_CSAT_TIER_DAY}): per UTC answer day (epoch day), tier and project
 * (null when the answer had none), how many answers of the accounts <em>now</em> in the tier gave each rating 1–5 —
 * the sums of {@link CsatDaily} over the tier's current accounts, kept on write by {@code AoCsatStore} and moved with
 * an account when its tier changes ({@code AoAccountStore}), so the trend of a tier reads one row per day and project
 * instead of one per account. Answers of an account key that has no account count in no tier. Readers sum the rows of
 * a key, so a second row for the same key is harmless.
 */
@Indexes({
        @Index(name = "tierDayTierDay", methodNames = {"getTierName", "getAnsweredDay"})
})
public interface CsatTierDay extends RatingCountColumns {

    String ANSWERED_DAY = "ANSWERED_DAY";
    String TIER_NAME = "TIER_NAME";
    String PROJECT_KEY = "PROJECT_KEY";

    @NotNull
    Integer getAnsweredDay();

    void setAnsweredDay(Integer answeredDay);

    @NotNull
    @StringLength(40)
    String getTierName();

    void setTierName(String tierName);

    String getProjectKey();

    void setProjectKey(String projectKey);
}
