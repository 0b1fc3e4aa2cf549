package io.successdesk.store.ao;

import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/**
 * Daily CSAT totals per segment of accounts (table {@code AO_xxxxxx_CSAT_SEGMENT_DAY}): per UTC answer day (epoch
 * day), segment and project (null when the answer had none), how many answers of the accounts <em>now</em> in the
 * segment gave each rating 1–5. A segment is a tier ({@code tier:<name>}) or a CSM's book ({@code csm:<user key>}).
 * These are the sums of {@link CsatDaily} over the segment's current accounts, kept on write by {@code AoCsatStore}
 * and moved with an account when its tier or CSM changes ({@code AoAccountStore}), so the trend of a tier or a book
 * reads one row per day and project instead of one per account. Answers of an account key that has no account count
 * in no segment. Readers sum the rows of a key, so a second row for the same key is harmless.
 */
@Indexes({
        @Index(name = "segmentDaySegDay", methodNames = {"getSegment", "getAnsweredDay"})
})
public interface CsatSegmentDay extends RatingCountColumns {

    String ANSWERED_DAY = "ANSWERED_DAY";
    String SEGMENT = "SEGMENT";
    String PROJECT_KEY = "PROJECT_KEY";

    @NotNull
    Integer getAnsweredDay();

    void setAnsweredDay(Integer answeredDay);

    /** {@code tier:} and the tier name, or {@code csm:} and the CSM's user key (at most 255 characters). */
    @NotNull
    @StringLength(260)
    String getSegment();

    void setSegment(String segment);

    String getProjectKey();

    void setProjectKey(String projectKey);
}
