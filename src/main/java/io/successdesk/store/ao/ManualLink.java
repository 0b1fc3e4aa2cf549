package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Unique;

/**
 * A manual issue → account link (table {@code AO_xxxxxx_MANUAL_LINK}): at most one per issue id, enforced by the
 * unique {@code ISSUE_ID} (the issue key is not kept: it changes when the issue moves).
 */
public interface ManualLink extends Entity {

    String ISSUE_ID = "ISSUE_ID";
    String ACCOUNT_KEY = "ACCOUNT_KEY";

    @NotNull
    @Unique
    Long getIssueId();

    void setIssueId(Long issueId);

    @NotNull
    @Indexed
    String getAccountKey();

    void setAccountKey(String accountKey);
}
