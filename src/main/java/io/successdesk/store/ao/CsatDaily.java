package io.successdesk.store.ao;

import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;

/**
 * Daily CSAT rollup (table {@code AO_xxxxxx_CSAT_DAILY}): per UTC answer day (epoch day), account and project
 * (null when the answer had none), how many answers gave each rating 1–5. Kept on write by {@code AoCsatStore};
 * readers sum the rows of a key, so a second row for the same key (two first answers racing) is harmless.
 */
@Indexes({
        @Index(name = "dailyDayAccount", methodNames = {"getAnsweredDay", "getAccountKey"}),
        @Index(name = "dailyAccountDay", methodNames = {"getAccountKey", "getAnsweredDay"}),
        @Index(name = "dailyProjectDay", methodNames = {"getProjectKey", "getAnsweredDay"})
})
public interface CsatDaily extends RatingCountColumns {

    String ANSWERED_DAY = "ANSWERED_DAY";
    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String PROJECT_KEY = "PROJECT_KEY";

    @NotNull
    Integer getAnsweredDay();

    void setAnsweredDay(Integer answeredDay);

    @NotNull
    String getAccountKey();

    void setAccountKey(String accountKey);

    String getProjectKey();

    void setProjectKey(String projectKey);
}
