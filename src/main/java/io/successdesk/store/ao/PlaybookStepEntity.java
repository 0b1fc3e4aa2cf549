package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/**
 * One objective or task step of a playbook template (table {@code AO_xxxxxx_PLAYBOOK_STEP_ENTITY}), in
 * {@link #STEP_ORDER} order within its kind. Empty success criteria are null.
 */
@Preload
public interface PlaybookStepEntity extends Entity {

    String PLAYBOOK_ID = "PLAYBOOK_ID";
    String STEP_KIND = "STEP_KIND";
    String STEP_ORDER = "STEP_ORDER";
    String TITLE = "TITLE";
    String CRITERIA = "CRITERIA";
    String DUE_OFFSET = "DUE_OFFSET";
    String OBJECTIVE_INDEX = "OBJECTIVE_INDEX";

    /** Whether a step creates an objective or a task. */
    enum Kind { OBJECTIVE, TASK }

    @NotNull
    @Indexed
    String getPlaybookId();

    void setPlaybookId(String playbookId);

    @NotNull
    Kind getStepKind();

    void setStepKind(Kind stepKind);

    @NotNull
    int getStepOrder();

    void setStepOrder(int stepOrder);

    @NotNull
    String getTitle();

    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getCriteria();

    void setCriteria(String criteria);

    @NotNull
    int getDueOffset();

    void setDueOffset(int dueOffset);

    Integer getObjectiveIndex();

    void setObjectiveIndex(Integer objectiveIndex);
}
