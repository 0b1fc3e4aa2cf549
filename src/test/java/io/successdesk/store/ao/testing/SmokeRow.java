package io.successdesk.store.ao.testing;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;

/** Test-only entity proving the AO wiring (table {@code AO_xxxxxx_SMOKE_ROW}). */
public interface SmokeRow extends Entity {

    String ROW_KEY = "ROW_KEY";
    String SCORE = "SCORE";

    @NotNull
    @Indexed
    String getRowKey();

    void setRowKey(String rowKey);

    Integer getScore();

    void setScore(Integer score);
}
