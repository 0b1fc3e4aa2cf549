package io.successdesk.store.ao;

import net.java.ao.Entity;
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
public interface CsatDaily extends Entity {

    String ANSWERED_DAY = "ANSWERED_DAY";
    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String PROJECT_KEY = "PROJECT_KEY";
    String ONES = "ONES";
    String TWOS = "TWOS";
    String THREES = "THREES";
    String FOURS = "FOURS";
    String FIVES = "FIVES";

    /** Count columns indexed by rating − 1. */
    String[] COUNT_COLUMNS = {ONES, TWOS, THREES, FOURS, FIVES};

    @NotNull
    Integer getAnsweredDay();

    void setAnsweredDay(Integer answeredDay);

    @NotNull
    String getAccountKey();

    void setAccountKey(String accountKey);

    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    Long getOnes();

    void setOnes(Long ones);

    @NotNull
    Long getTwos();

    void setTwos(Long twos);

    @NotNull
    Long getThrees();

    void setThrees(Long threes);

    @NotNull
    Long getFours();

    void setFours(Long fours);

    @NotNull
    Long getFives();

    void setFives(Long fives);
}
