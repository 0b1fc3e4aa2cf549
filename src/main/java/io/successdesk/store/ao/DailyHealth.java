package io.successdesk.store.ao;

import io.successdesk.domain.health.HealthBand;
import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;

/**
 * An account's health snapshot of one UTC day (table {@code DAILY_HEALTH}); one row per account and day, kept
 * unique in code. Days are epoch days, scores integer tenths of a point. ARR is the account's ARR when the
 * snapshot was taken (both columns null when unknown); it feeds the ARR-at-risk rollup.
 */
@Indexes(@Index(name = "acctDay", methodNames = {"getAccountKey", "getEpochDay"}))
public interface DailyHealth extends Entity {

    String ACCOUNT_KEY = "ACCOUNT_KEY";
    String EPOCH_DAY = "EPOCH_DAY";
    String COMPUTED_TENTHS = "COMPUTED_TENTHS";
    String COMPUTED_BAND = "COMPUTED_BAND";
    String EFFECTIVE_TENTHS = "EFFECTIVE_TENTHS";
    String EFFECTIVE_BAND = "EFFECTIVE_BAND";
    String OVERRIDDEN = "OVERRIDDEN";
    String SCORECARD_VERSION = "SCORECARD_VERSION";
    String ARR_MINOR_UNITS = "ARR_MINOR_UNITS";
    String ARR_CURRENCY = "ARR_CURRENCY";

    @NotNull
    @Indexed
    String getAccountKey();

    void setAccountKey(String accountKey);

    @NotNull
    @Indexed
    Integer getEpochDay();

    void setEpochDay(Integer epochDay);

    Integer getComputedTenths();

    void setComputedTenths(Integer computedTenths);

    HealthBand getComputedBand();

    void setComputedBand(HealthBand computedBand);

    Integer getEffectiveTenths();

    void setEffectiveTenths(Integer effectiveTenths);

    HealthBand getEffectiveBand();

    void setEffectiveBand(HealthBand effectiveBand);

    boolean isOverridden();

    void setOverridden(boolean overridden);

    @NotNull
    String getScorecardVersion();

    void setScorecardVersion(String scorecardVersion);

    Long getArrMinorUnits();

    void setArrMinorUnits(Long arrMinorUnits);

    String getArrCurrency();

    void setArrCurrency(String arrCurrency);
}
