package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;

/**
 * Rollup: how many accounts' snapshots of one day are in each effective band (table {@code HEALTH_BAND_DAY}).
 * One row per day, kept unique in code; maintained on every snapshot write, rebuildable from {@link DailyHealth}.
 */
public interface HealthBandDay extends Entity {

    String EPOCH_DAY = "EPOCH_DAY";
    String RED_COUNT = "RED_COUNT";
    String AMBER_COUNT = "AMBER_COUNT";
    String GREEN_COUNT = "GREEN_COUNT";

    @NotNull
    @Indexed
    Integer getEpochDay();

    void setEpochDay(Integer epochDay);

    int getRedCount();

    void setRedCount(int redCount);

    int getAmberCount();

    void setAmberCount(int amberCount);

    int getGreenCount();

    void setGreenCount(int greenCount);
}
