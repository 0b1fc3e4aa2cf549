package io.successdesk.store.ao;

import io.successdesk.domain.voc.CsatSource;
import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Unique;

/**
 * One raw CSAT answer (table {@code AO_xxxxxx_CSAT_RESP}). Instants are epoch milliseconds (UTC, independent of the
 * JVM and database time zones); {@code ANSWERED_DAY} is the UTC epoch day the answer counts on.
 */
@Indexes({
        @Index(name = "csatAccountAnswered", methodNames = {"getAccountKey", "getAnsweredAt"}),
        @Index(name = "csatDayAccount", methodNames = {"getAnsweredDay", "getAccountKey"})
})
public interface CsatResp extends Entity {

    String RESPONSE_KEY = "RESPONSE_KEY";
    String SOURCE = "SOURCE";
    String EXTERNAL_ID = "EXTERNAL_ID";
    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String ISSUE_ID = "ISSUE_ID";
    String PROJECT_KEY = "PROJECT_KEY";
    String RATING = "RATING";
    String COMMENT_TEXT = "COMMENT_TEXT";
    String ANSWERED_AT = "ANSWERED_AT";
    String ANSWERED_DAY = "ANSWERED_DAY";
    String ISSUE_CREATED_AT = "ISSUE_CREATED_AT";

    /** {@code SOURCE:EXTERNAL_ID}, the idempotency key; unique. */
    @NotNull
    @Unique
    @StringLength(300)
    String getResponseKey();

    void setResponseKey(String responseKey);

    @NotNull
    CsatSource getSource();

    void setSource(CsatSource source);

    @NotNull
    String getExternalId();

    void setExternalId(String externalId);

    @NotNull
    String getAccountKey();

    void setAccountKey(String accountKey);

    Long getIssueId();

    void setIssueId(Long issueId);

    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    Integer getRating();

    void setRating(Integer rating);

    /** Free text; never used in a WHERE clause. */
    @StringLength(StringLength.UNLIMITED)
    String getCommentText();

    void setCommentText(String commentText);

    @NotNull
    Long getAnsweredAt();

    void setAnsweredAt(Long answeredAt);

    @NotNull
    Integer getAnsweredDay();

    void setAnsweredDay(Integer answeredDay);

    Long getIssueCreatedAt();

    void setIssueCreatedAt(Long issueCreatedAt);
}
