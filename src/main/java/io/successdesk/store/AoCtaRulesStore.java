package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.cta.CtaRulesStore;
import io.successdesk.domain.cta.CtaRuleSet;
import io.successdesk.store.ao.CtaRuleConfig;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Clock;
import java.util.Objects;

/** CTA rule parameters in {@code CTA_RULE_CONFIG}: each save appends a row, the latest is current. */
@Named
public class AoCtaRulesStore implements CtaRulesStore {

    private final ActiveObjects ao;
    private final Clock clock;

    @Inject
    public AoCtaRulesStore(@ComponentImport ActiveObjects ao, Clock clock) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CtaRuleSet current() {
        return ao.executeInTransaction(() -> {
            CtaRuleConfig[] latest = ao.find(CtaRuleConfig.class, Query.select().order("ID DESC").limit(1));
            if (latest.length == 0) {
                return CtaRuleSet.DEFAULTS;
            }
            CtaRuleConfig row = latest[0];
            return new CtaRuleSet(row.getScoreDropPoints(), row.getScoreDropDays(), row.getLowCsatMaxRating(),
                    row.getCsatLookbackDays(), row.getRenewalAtRiskDays(), row.getNoTouchpointDays(),
                    row.getPromoterLookbackDays(), Double.parseDouble(row.getUsageGrowthPercent()));
        });
    }

    /** Makes {@code rules} current. */
    public void save(CtaRuleSet rules) {
        Objects.requireNonNull(rules, "rules");
        ao.executeInTransaction(() -> ao.create(CtaRuleConfig.class,
                new DBParam(CtaRuleConfig.SCORE_DROP_POINTS, rules.scoreDropPoints()),
                new DBParam(CtaRuleConfig.SCORE_DROP_DAYS, rules.scoreDropDays()),
                new DBParam(CtaRuleConfig.LOW_CSAT_MAX_RATING, rules.lowCsatMaxRating()),
                new DBParam(CtaRuleConfig.CSAT_LOOKBACK_DAYS, rules.csatLookbackDays()),
                new DBParam(CtaRuleConfig.RENEWAL_AT_RISK_DAYS, rules.renewalAtRiskDays()),
                new DBParam(CtaRuleConfig.NO_TOUCHPOINT_DAYS, rules.noTouchpointDays()),
                new DBParam(CtaRuleConfig.PROMOTER_LOOKBACK_DAYS, rules.promoterLookbackDays()),
                new DBParam(CtaRuleConfig.USAGE_GROWTH_PERCENT, Double.toString(rules.usageGrowthPercent())),
                new DBParam(CtaRuleConfig.SAVED_AT, clock.millis())));
    }
}
