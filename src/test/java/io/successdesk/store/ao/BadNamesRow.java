package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.StringLength;

/** Breaks the column rules on purpose, to prove {@link SchemaNameRules} catches each; never migrated. */
interface BadNamesRow extends Entity {

    String getOrder();
    void setOrder(String order);

    Integer getSize();
    void setSize(Integer size);

    @Indexed @StringLength(StringLength.UNLIMITED)
    String getNotes();
    void setNotes(String notes);
}
