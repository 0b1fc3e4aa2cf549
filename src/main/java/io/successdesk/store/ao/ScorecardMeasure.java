package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;

/** One measure of a {@link ScorecardVersion} (table {@code SCORECARD_MEASURE}); decimals as exact text. */
public interface ScorecardMeasure extends Entity {

    String SCORECARD_ID = "SCORECARD_ID";
    String DISPLAY_ORDER = "DISPLAY_ORDER";
    String MEASURE_CODE = "MEASURE_CODE";
    String WEIGHT = "WEIGHT";
    String RED_BOUND = "RED_BOUND";
    String GREEN_BOUND = "GREEN_BOUND";
    String WINDOW_DAYS = "WINDOW_DAYS";
    String MINIMUM_SAMPLE = "MINIMUM_SAMPLE";
    String VALIDITY_DAYS = "VALIDITY_DAYS";


    @NotNull
    @Indexed
    Integer getScorecardId();

    void setScorecardId(Integer scorecardId);

    int getDisplayOrder();

    void setDisplayOrder(int displayOrder);

    /** {@code MeasureId.toString()}. */
    @NotNull
    String getMeasureCode();

    void setMeasureCode(String measureCode);

    @NotNull
    String getWeight();

    void setWeight(String weight);

    @NotNull
    String getRedBound();

    void setRedBound(String redBound);

    @NotNull
    String getGreenBound();

    void setGreenBound(String greenBound);

    int getWindowDays();

    void setWindowDays(int windowDays);

    int getMinimumSample();

    void setMinimumSample(int minimumSample);

    /** Null when the measure's values never expire. */
    Integer getValidityDays();

    void setValidityDays(Integer validityDays);
}
