package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Unique;

/**
 * An account's ARR at the end of one month (table {@code AO_xxxxxx_ARR_MONTH}): {@code SNAPSHOT_MONTH} is
 * {@code yyyy * 100 + mm}, the amount is in minor units of the ISO-4217 {@code CURRENCY}.
 */
@Indexes({
        @Index(name = "arrCurrencyMonth", methodNames = {"getCurrency", "getSnapshotMonth"}),
        @Index(name = "arrAccountMonth", methodNames = {"getAccountKey", "getSnapshotMonth"})
})
public interface ArrMonth extends Entity {

    String SNAPSHOT_KEY = "SNAPSHOT_KEY";
    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String SNAPSHOT_MONTH = "SNAPSHOT_MONTH";
    String CURRENCY = "CURRENCY";
    String ARR_MINOR = "ARR_MINOR";

    /** {@code ACCOUNT_KEY:SNAPSHOT_MONTH}: one snapshot per account and month; unique. */
    @NotNull
    @Unique
    @StringLength(40)
    String getSnapshotKey();

    void setSnapshotKey(String snapshotKey);

    @NotNull
    String getAccountKey();

    void setAccountKey(String accountKey);

    @NotNull
    Integer getSnapshotMonth();

    void setSnapshotMonth(Integer snapshotMonth);

    @NotNull
    @StringLength(3)
    String getCurrency();

    void setCurrency(String currency);

    @NotNull
    Long getArrMinor();

    void setArrMinor(Long arrMinor);
}
