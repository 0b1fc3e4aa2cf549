package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;

/**
 * One success plan (table {@code AO_xxxxxx_PLAN_ENTITY}); its objectives and tasks are child rows keyed by
 * {@link #PLAN_ID}. Days are epoch days. {@link #ID_HIGH}/{@link #ID_LOW} order plans by id text without relying on
 * the database's string collation.
 */
@Preload
@Indexes(@Index(name = "planAccountStart", methodNames = {"getAccountKey", "getStartDay"}))
public interface PlanEntity extends Entity {

    String PLAN_ID = "PLAN_ID";
    String ID_HIGH = "ID_HIGH";
    String ID_LOW = "ID_LOW";
    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String TITLE = "TITLE";
    String PLAN_TYPE = "PLAN_TYPE";
    String STATUS = "STATUS";
    String OWNER_KEY = "OWNER_KEY";
    String START_DAY = "START_DAY";
    String TARGET_DAY = "TARGET_DAY";
    String VERSION = "VERSION";

    @NotNull
    @Indexed
    String getPlanId();

    void setPlanId(String planId);

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
    String getTitle();

    void setTitle(String title);

    @NotNull
    String getPlanType();

    void setPlanType(String planType);

    @NotNull
    @Indexed
    String getStatus();

    void setStatus(String status);

    @NotNull
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    @NotNull
    int getStartDay();

    void setStartDay(int startDay);

    @NotNull
    int getTargetDay();

    void setTargetDay(int targetDay);

    @NotNull
    long getVersion();

    void setVersion(long version);
}
