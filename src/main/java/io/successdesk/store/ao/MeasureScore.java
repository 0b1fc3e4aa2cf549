package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;

/** One measure's 0–100 score (integer tenths) on a {@link DailyHealth} snapshot (table {@code MEASURE_SCORE}). */
public interface MeasureScore extends Entity {

    String SNAPSHOT_ID = "SNAPSHOT_ID";
    String MEASURE_CODE = "MEASURE_CODE";
    String SCORE_TENTHS = "SCORE_TENTHS";

    @NotNull
    @Indexed
    Integer getSnapshotId();

    void setSnapshotId(Integer snapshotId);

    /** {@code MeasureId.toString()}: the kind, or {@code CUSTOM:name}. */
    @NotNull
    String getMeasureCode();

    void setMeasureCode(String measureCode);

    @NotNull
    Integer getScoreTenths();

    void setScoreTenths(Integer scoreTenths);
}
