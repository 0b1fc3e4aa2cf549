package io.successdesk.store.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Unique;

/** One saved set of CTA rule parameters (table {@code CTA_RULE_CONFIG}); the row with the highest ID is current. */
public interface CtaRuleConfig extends Entity {

    String SCORE_DROP_POINTS = "SCORE_DROP_POINTS";
    String SCORE_DROP_DAYS = "SCORE_DROP_DAYS";
    String LOW_CSAT_MAX_RATING = "LOW_CSAT_MAX_RATING";
    String CSAT_LOOKBACK_DAYS = "CSAT_LOOKBACK_DAYS";
    String RENEWAL_AT_RISK_DAYS = "RENEWAL_AT_RISK_DAYS";
    String NO_TOUCHPOINT_DAYS = "NO_TOUCHPOINT_DAYS";
    String PROMOTER_LOOKBACK_DAYS = "PROMOTER_LOOKBACK_DAYS";
    String USAGE_GROWTH_PERCENT = "USAGE_GROWTH_PERCENT";
    String SAVED_AT = "SAVED_AT";
    String REPLACES_ID = "REPLACES_ID";
    String TURNED_OFF = "TURNED_OFF";

    int getScoreDropPoints();

    void setScoreDropPoints(int scoreDropPoints);

    int getScoreDropDays();

    void setScoreDropDays(int scoreDropDays);

    int getLowCsatMaxRating();

    void setLowCsatMaxRating(int lowCsatMaxRating);

    int getCsatLookbackDays();

    void setCsatLookbackDays(int csatLookbackDays);

    int getRenewalAtRiskDays();

    void setRenewalAtRiskDays(int renewalAtRiskDays);

    int getNoTouchpointDays();

    void setNoTouchpointDays(int noTouchpointDays);

    int getPromoterLookbackDays();

    void setPromoterLookbackDays(int promoterLookbackDays);

    /** {@code Double.toString} of the percentage: exact. */
    @NotNull
    String getUsageGrowthPercent();

    void setUsageGrowthPercent(String usageGrowthPercent);

    @NotNull
    Long getSavedAt();

    void setSavedAt(Long savedAt);

    /**
     * The ID of the row this one replaced (0: it replaced the defaults). Unique, so of two admins saving over the same
     * rules at once only one can be stored. Active Objects makes a unique column NOT NULL; no release wrote rows before
     * this column existed (there was no way to save rules but tests), so the table it is added to is empty.
     */
    @NotNull
    @Unique
    Integer getReplacesId();

    void setReplacesId(Integer replacesId);

    /**
     * The reasons turned off, as their enum names separated by commas (at most the 12 reasons: well under the
     * column's 255 characters); null or empty when every rule is on, as on rows saved before this column existed.
     */
    String getTurnedOff();

    void setTurnedOff(String turnedOff);
}
