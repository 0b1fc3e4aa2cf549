package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;

/**
 * One saved version of the health scorecard (table {@code SCORECARD_VERSION}); the row with the highest ID is
 * current. Decimal settings are stored as {@code Double.toString} text, which round-trips exactly.
 */
public interface ScorecardVersion extends Entity {

    String VERSION_ID = "VERSION_ID";
    String AMBER_FROM = "AMBER_FROM";
    String GREEN_FROM = "GREEN_FROM";
    String SAVED_AT = "SAVED_AT";


    /** {@code v} + the row ID; set right after insert. */
    @Indexed
    String getVersionId();

    void setVersionId(String versionId);

    @NotNull
    String getAmberFrom();

    void setAmberFrom(String amberFrom);

    @NotNull
    String getGreenFrom();

    void setGreenFrom(String greenFrom);

    @NotNull
    Long getSavedAt();

    void setSavedAt(Long savedAt);
}
