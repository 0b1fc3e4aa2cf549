package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/** An objective of a success plan (table {@code AO_xxxxxx_OBJECTIVE_ENTITY}); empty success criteria are null. */
@Preload
public interface ObjectiveEntity extends Entity {

    String PLAN_ID = "PLAN_ID";
    String PART_NO = "PART_NO";
    String TITLE = "TITLE";
    String CRITERIA = "CRITERIA";
    String STATUS = "STATUS";
    String DUE_DAY = "DUE_DAY";
    String OWNER_KEY = "OWNER_KEY";

    @NotNull
    @Indexed
    String getPlanId();

    void setPlanId(String planId);

    /** The objective's id within its plan. */
    @NotNull
    int getPartNo();

    void setPartNo(int partNo);

    @NotNull
    String getTitle();

    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getCriteria();

    void setCriteria(String criteria);

    @NotNull
    String getStatus();

    void setStatus(String status);

    @NotNull
    int getDueDay();

    void setDueDay(int dueDay);

    @NotNull
    String getOwnerKey();

    void setOwnerKey(String ownerKey);
}
