package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Unique;

/**
 * How many times the ARR snapshots of one currency have changed (table {@code AO_xxxxxx_ARR_VERSION}): raised by one
 * in the transaction of every write that creates, changes or deletes a snapshot, with a single SQL increment so
 * concurrent writers never lose one. Readers that keep the currency's history in memory compare it with the number
 * they built from (docs/architecture.md, "Retention history in memory"). No row means no change yet (0).
 */
public interface ArrVersion extends Entity {

    String CURRENCY = "CURRENCY";
    String VERSION = "VERSION";

    @NotNull
    @Unique
    @StringLength(3)
    String getCurrency();

    void setCurrency(String currency);

    @NotNull
    Long getVersion();

    void setVersion(Long version);
}
