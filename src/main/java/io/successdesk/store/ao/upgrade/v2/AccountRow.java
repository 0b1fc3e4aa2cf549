package io.successdesk.store.ao.upgrade.v2;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/**
 * {@code ACCOUNT_ROW} at model version 2 as far as {@code UniqueAccountKeysTask} reads it: the key, indexed but not
 * unique. Its other columns are left alone (a non-destructive migration keeps columns an entity does not declare).
 */
public interface AccountRow extends Entity {

    String ACCOUNT_KEY = "ACCOUNT_KEY";

    @NotNull @Indexed @StringLength(20)
    String getAccountKey();
    void setAccountKey(String key);
}
