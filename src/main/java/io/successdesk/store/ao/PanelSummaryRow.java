package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/**
 * The issue panel's summary of one account (table {@code PANEL_SUMMARY_ROW}): one row per account, kept so in
 * code. {@code BODY} is the summary as compact JSON, read whole and never used in a WHERE clause.
 */
public interface PanelSummaryRow extends Entity {

    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String COMPUTED_AT = "COMPUTED_AT";
    String BODY = "BODY";
    String REFLECTS_MARK = "REFLECTS_MARK";

    @NotNull
    @Indexed
    String getAccountKey();

    void setAccountKey(String accountKey);

    /** When the summary was assembled, epoch milliseconds. */
    @NotNull
    Long getComputedAt();

    void setComputedAt(Long computedAt);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    /**
     * The id of the newest account-change mark the summary reflects (0 or null: none; rows stored before the column
     * existed are null, and any mark makes them out of date).
     */
    Long getReflectsMark();

    void setReflectsMark(Long reflectsMark);
}
