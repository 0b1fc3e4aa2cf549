package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;

/**
 * A durable mark of an account whose shown state is out of date (table {@code AO_xxxxxx_ACCOUNT_CHANGE}), written
 * in the transaction of the write that changed it. Insert-only, so concurrent marks of one account never conflict;
 * the processor removes the rows up to the newest {@code ID} it has read.
 */
public interface AccountChange extends Entity {

    String ACCOUNT_KEY = "ACCOUNT_KEY";

    @NotNull
    @Indexed
    String getAccountKey();

    void setAccountKey(String accountKey);
}
