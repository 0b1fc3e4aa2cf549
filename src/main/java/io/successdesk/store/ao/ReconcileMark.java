package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Unique;

/**
 * An issue whose live event was not handled and that the daily job brings up to date (table
 * {@code AO_xxxxxx_RECONCILE_MARK}); the unique {@code ISSUE_ID} keeps a mark once however many nodes set it.
 */
public interface ReconcileMark extends Entity {

    String ISSUE_ID = "ISSUE_ID";

    @NotNull
    @Unique
    Long getIssueId();

    void setIssueId(Long issueId);
}
