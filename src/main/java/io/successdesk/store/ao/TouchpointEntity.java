package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/**
 * A logged touchpoint (table {@code AO_xxxxxx_TOUCHPOINT_ENTITY}). The instant is kept exactly as epoch seconds +
 * nanoseconds; {@link #ID_HIGH}/{@link #ID_LOW} are the id as two sign-flipped longs, whose numeric order is the
 * id text's character order on every database (no string collation involved).
 */
@Preload
@Indexes(@Index(name = "touchAccountTime", methodNames = {"getAccountKey", "getOccurredSeconds"}))
public interface TouchpointEntity extends Entity {

    String TOUCHPOINT_ID = "TOUCHPOINT_ID";
    String ID_HIGH = "ID_HIGH";
    String ID_LOW = "ID_LOW";
    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String TOUCHPOINT_TYPE = "TOUCHPOINT_TYPE";
    String OCCURRED_SECONDS = "OCCURRED_SECONDS";
    String OCCURRED_NANOS = "OCCURRED_NANOS";
    String SUMMARY = "SUMMARY";
    String SENTIMENT = "SENTIMENT";
    String AUTHOR = "AUTHOR";

    @NotNull
    @Indexed
    String getTouchpointId();

    void setTouchpointId(String touchpointId);

    @NotNull
    long getIdHigh();

    void setIdHigh(long idHigh);

    @NotNull
    long getIdLow();

    void setIdLow(long idLow);

    @NotNull
    @Indexed
    String getAccountKey();

    void setAccountKey(String accountKey);

    @NotNull
    String getTouchpointType();

    void setTouchpointType(String touchpointType);

    @NotNull
    long getOccurredSeconds();

    void setOccurredSeconds(long occurredSeconds);

    @NotNull
    int getOccurredNanos();

    void setOccurredNanos(int occurredNanos);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getSummary();

    void setSummary(String summary);

    String getSentiment();

    void setSentiment(String sentiment);

    @NotNull
    String getAuthor();

    void setAuthor(String author);
}
