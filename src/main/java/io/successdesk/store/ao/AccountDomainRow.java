package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/** An e-mail domain an account claims (lower case), in the account's entry order. */
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
