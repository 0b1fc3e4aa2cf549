package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;

/** A playbook template (table {@code AO_xxxxxx_PLAYBOOK_ENTITY}); its steps are {@link PlaybookStepEntity} rows. */
@Preload
public interface PlaybookEntity extends Entity {

    String PLAYBOOK_ID = "PLAYBOOK_ID";
    String NAME = "NAME";
    String PLAN_TYPE = "PLAN_TYPE";
    String DURATION_DAYS = "DURATION_DAYS";
    String LOCK_VERSION = "LOCK_VERSION";

    @NotNull
    @Indexed
    String getPlaybookId();

    void setPlaybookId(String playbookId);

    @NotNull
    String getName();

    void setName(String name);

    @NotNull
    String getPlanType();

    void setPlanType(String planType);

    @NotNull
    int getDurationDays();

    void setDurationDays(int durationDays);

    /** The template's version; rows from before versions were kept read as version 1. */
    @NotNull
    @Default("1")
    Long getLockVersion();

    void setLockVersion(Long version);
}
