package io.successdesk.store.ao;

import net.java.ao.Entity;

/** An entity whose simple name breaks the 20-character rule (and whose table name AO refuses); never migrated. */
interface EntityNameTooLongForAo extends Entity {

    String getLabel();
    void setLabel(String label);
}
