package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.ConflictException;
import io.successdesk.app.cta.CtaRulesStore;
import io.successdesk.app.cta.CtaRulesVersions;
import io.successdesk.domain.cta.CtaReason;
import io.successdesk.domain.cta.CtaRuleSet;
import io.successdesk.store.ao.CtaRuleConfig;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.Query;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CTA rule parameters in {@code CTA_RULE_CONFIG}: each save appends a row, the latest is current and its ID is the
 * version; a replacement names the row it replaces in a unique column, so two concurrent replacements of one version
 * cannot both be stored.
 */
@Named
public class AoCtaRulesStore implements CtaRulesStore, CtaRulesVersions {

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
                    row.getPromoterLookbackDays(), Double.parseDouble(row.getUsageGrowthPercent()),
                    turnedOff(row.getTurnedOff()));
        });
    }

    @Override
    public long currentVersion() {
        return ao.executeInTransaction(() -> {
            CtaRuleConfig[] latest = ao.find(CtaRuleConfig.class, Query.select("ID").order("ID DESC").limit(1));
            return latest.length == 0 ? 0L : (long) latest[0].getID();
        });
    }

    @Override
    public void replace(CtaRuleSet rules, long expectedVersion) {
        Objects.requireNonNull(rules, "rules");
        ao.executeInTransaction(() -> {
            if (currentVersion() != expectedVersion) {
                throw stale();
            }
            try {
                ao.create(CtaRuleConfig.class, row(rules, (int) expectedVersion));
            } catch (RuntimeException e) {
                throw ConflictRetry.uniqueViolationAs(e, "version", stale().getMessage());
            }
            return null;
        });
    }

    private static ConflictException stale() {
        return new ConflictException("version", "Someone else saved the CTA rules since you loaded them; reload them.");
    }

    /** Makes {@code rules} current, whatever is current now (tests and set-up). */
    public void save(CtaRuleSet rules) {
        Objects.requireNonNull(rules, "rules");
        ao.executeInTransaction(() -> {
            replace(rules, currentVersion());
            return null;
        });
    }

    private Map<String, Object> row(CtaRuleSet rules, int replacesId) {
        Map<String, Object> row = new HashMap<>();
        row.put(CtaRuleConfig.SCORE_DROP_POINTS, rules.scoreDropPoints());
        row.put(CtaRuleConfig.SCORE_DROP_DAYS, rules.scoreDropDays());
        row.put(CtaRuleConfig.LOW_CSAT_MAX_RATING, rules.lowCsatMaxRating());
        row.put(CtaRuleConfig.CSAT_LOOKBACK_DAYS, rules.csatLookbackDays());
        row.put(CtaRuleConfig.RENEWAL_AT_RISK_DAYS, rules.renewalAtRiskDays());
        row.put(CtaRuleConfig.NO_TOUCHPOINT_DAYS, rules.noTouchpointDays());
        row.put(CtaRuleConfig.PROMOTER_LOOKBACK_DAYS, rules.promoterLookbackDays());
        row.put(CtaRuleConfig.USAGE_GROWTH_PERCENT, Double.toString(rules.usageGrowthPercent()));
        row.put(CtaRuleConfig.SAVED_AT, clock.millis());
        row.put(CtaRuleConfig.REPLACES_ID, replacesId);
        row.put(CtaRuleConfig.TURNED_OFF, rules.turnedOff().stream().map(CtaReason::name).sorted()
                .collect(Collectors.joining(",")));
        return row;
    }

    private static Set<CtaReason> turnedOff(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(",")).map(CtaReason::valueOf).collect(Collectors.toSet());
    }
}
