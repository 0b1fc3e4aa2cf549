package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;

/** A task of a success plan (table {@code AO_xxxxxx_PLAN_TASK_ENTITY}). */
@Preload
public interface PlanTaskEntity extends Entity {

    String PLAN_ID = "PLAN_ID";
    String PART_NO = "PART_NO";
    String TITLE = "TITLE";
    String DUE_DAY = "DUE_DAY";
    String DONE = "DONE";
    String ISSUE_KEY = "ISSUE_KEY";
    String OBJECTIVE_NUMBER = "OBJECTIVE_NUMBER";

    @NotNull
    @Indexed
    String getPlanId();

    void setPlanId(String planId);

    /** The task's id within its plan. */
    @NotNull
    int getPartNo();

    void setPartNo(int partNo);

    @NotNull
    String getTitle();

    void setTitle(String title);

    @NotNull
    int getDueDay();

    void setDueDay(int dueDay);

    @NotNull
    boolean isDone();

    void setDone(boolean done);

    String getIssueKey();

    void setIssueKey(String issueKey);

    Integer getObjectiveNumber();

    void setObjectiveNumber(Integer objectiveNumber);
}
