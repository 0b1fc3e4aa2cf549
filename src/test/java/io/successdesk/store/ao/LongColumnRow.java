package io.successdesk.store.ao;

import net.java.ao.Entity;

/** An entity with a column name over 30 characters (AO's converters refuse it); never migrated. */
interface LongColumnRow extends Entity {

    String getValueOfAnAttributeWithALongName();
    void setValueOfAnAttributeWithALongName(String value);
}
