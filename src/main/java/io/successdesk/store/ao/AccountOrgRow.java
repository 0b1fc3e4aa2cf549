package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/** A Jira Service Management organization id an account claims, in the account's entry order. */
@Preload
public interface AccountOrgRow extends Entity {

    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String ORGANIZATION_ID = "ORGANIZATION_ID";
    String ENTRY_ORDER = "ENTRY_ORDER";

    @NotNull @Indexed @StringLength(20)
    String getAccountKey();
    void setAccountKey(String key);

    @NotNull @Indexed
    Long getOrganizationId();
    void setOrganizationId(Long organizationId);

    @NotNull
    Integer getEntryOrder();
    void setEntryOrder(Integer order);
}
