package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/** One admin-defined tier, in the admin's order ({@link #ENTRY_ORDER}). */
@Preload
public interface TierRow extends Entity {

    String TIER_NAME = "TIER_NAME";
    String ENTRY_ORDER = "ENTRY_ORDER";

    @NotNull @StringLength(40)
    String getTierName();
    void setTierName(String name);

    @NotNull
    Integer getEntryOrder();
    void setEntryOrder(Integer order);
}
