package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/** One audit log entry; {@link #OCCURRED_AT} is epoch milliseconds. Before/after texts are never filtered on. */
@Preload
public interface AuditRow extends Entity {

    String OCCURRED_AT = "OCCURRED_AT";
    String ACTOR = "ACTOR";
    String AUDIT_ACTION = "AUDIT_ACTION";
    String SUBJECT_TYPE = "SUBJECT_TYPE";
    String SUBJECT_ID = "SUBJECT_ID";
    String BEFORE_STATE = "BEFORE_STATE";
    String AFTER_STATE = "AFTER_STATE";

    @NotNull @Indexed
    Long getOccurredAt();
    void setOccurredAt(Long epochMillis);

    @NotNull
    String getActor();
    void setActor(String actor);

    @NotNull @StringLength(100)
    String getAuditAction();
    void setAuditAction(String action);

    @NotNull @Indexed @StringLength(50)
    String getSubjectType();
    void setSubjectType(String type);

    @NotNull @Indexed
    String getSubjectId();
    void setSubjectId(String id);

    @StringLength(StringLength.UNLIMITED)
    String getBeforeState();
    void setBeforeState(String text);

    @StringLength(StringLength.UNLIMITED)
    String getAfterState();
    void setAfterState(String text);
}
