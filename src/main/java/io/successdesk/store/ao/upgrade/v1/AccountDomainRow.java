package io.successdesk.store.ao.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/**
 * FROZEN copy of {@code store.ao.AccountDomainRow} as of model version 1 (same simple name, hence the same table).
 * Never edit it: upgrade tasks written against version 1 must keep seeing the version-1 columns even after the live
 * entity changes.
 */
@Preload
public interface AccountDomainRow extends Entity {

    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String EMAIL_DOMAIN = "EMAIL_DOMAIN";
    String ENTRY_ORDER = "ENTRY_ORDER";

    @NotNull @Indexed @StringLength(20)
    String getAccountKey();
    void setAccountKey(String key);

    @NotNull @Indexed @StringLength(253)
    String getEmailDomain();
    void setEmailDomain(String domain);

    @NotNull
    Integer getEntryOrder();
    void setEntryOrder(Integer order);
}
