package io.successdesk.store.ao;

import io.successdesk.domain.voc.NpsSource;
import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Unique;

/** One raw NPS answer (table {@code AO_xxxxxx_NPS_RESP}); {@code ANSWERED_AT} in epoch milliseconds. */
@Indexes({@Index(name = "npsAccountAnswered", methodNames = {"getAccountKey", "getAnsweredAt"})})
public interface NpsResp extends Entity {

    String RESPONSE_KEY = "RESPONSE_KEY";
    String SOURCE = "SOURCE";
    String EXTERNAL_ID = "EXTERNAL_ID";
    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String SCORE = "SCORE";
    String COMMENT_TEXT = "COMMENT_TEXT";
    String CONTACT = "CONTACT";
    String ANSWERED_AT = "ANSWERED_AT";

    /** {@code SOURCE:EXTERNAL_ID}, the idempotency key; unique. */
    @NotNull
    @Unique
    @StringLength(300)
    String getResponseKey();

    void setResponseKey(String responseKey);

    @NotNull
    NpsSource getSource();

    void setSource(NpsSource source);

    @NotNull
    String getExternalId();

    void setExternalId(String externalId);

    @NotNull
    String getAccountKey();

    void setAccountKey(String accountKey);

    @NotNull
    Integer getScore();

    void setScore(Integer score);

    /** Free text; never used in a WHERE clause. */
    @StringLength(StringLength.UNLIMITED)
    String getCommentText();

    void setCommentText(String commentText);

    /** Free text as given (name or e-mail); never used in a WHERE clause. */
    @StringLength(StringLength.UNLIMITED)
    String getContact();

    void setContact(String contact);

    @NotNull
    @Indexed
    Long getAnsweredAt();

    void setAnsweredAt(Long answeredAt);
}
