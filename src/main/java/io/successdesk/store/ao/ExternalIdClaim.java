package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Unique;

/**
 * The database's guarantee that an external id belongs to one account: a row per account that has one, written with
 * the account in its transaction. A table of its own rather than a unique {@code ACCOUNT_ROW.EXTERNAL_ID}, because
 * that column is nullable and SQL Server lets a unique column hold only one NULL.
 */
public interface ExternalIdClaim extends Entity {

    String EXTERNAL_ID = "EXTERNAL_ID";
    String ACCOUNT_KEY = "ACCOUNT_KEY";

    @NotNull @Unique @StringLength(100)
    String getExternalId();
    void setExternalId(String externalId);

    @NotNull @Indexed @StringLength(20)
    String getAccountKey();
    void setAccountKey(String key);
}
