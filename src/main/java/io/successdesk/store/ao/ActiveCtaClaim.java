package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Unique;

/**
 * The database's guarantee of at most one open or snoozed CTA per de-duplication key: a row per active CTA, inserted
 * when it becomes active and deleted when it closes, in the CTA's transaction. Two nodes opening the same CTA at once
 * both pass the check in {@code AoCtaStore}; only one of their claims can be inserted.
 */
public interface ActiveCtaClaim extends Entity {

    String DEDUP_KEY = "DEDUP_KEY";
    String CTA_ID = "CTA_ID";
    String ACCOUNT_KEY = "ACCOUNT_KEY";

    @NotNull @Unique @StringLength(190)
    String getDedupKey();
    void setDedupKey(String dedupKey);

    @NotNull @Indexed
    String getCtaId();
    void setCtaId(String ctaId);

    @NotNull @Indexed @StringLength(20)
    String getAccountKey();
    void setAccountKey(String key);
}
