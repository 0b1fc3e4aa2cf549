package io.successdesk.rest.admin;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.successdesk.app.InvalidInputException;
import io.successdesk.app.cta.CtaRulesService;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.AdminSessionGuard;
import io.successdesk.app.security.Caller;
import io.successdesk.app.security.Capability;
import io.successdesk.app.validation.EnumNames;
import io.successdesk.domain.cta.CtaReason;
import io.successdesk.domain.cta.CtaRuleSet;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.WireNames;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The parameters of the CTA rules: Jira administrators only; changes also need a confirmed admin session (WebSudo),
 * are audited and carry the version read (409 when someone else saved since).
 */
@Path("/cta-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AdminOnly
public class CtaRulesResource {

    private static final int MAX_DAYS = 3650;

    private final AccessPolicy accessPolicy;
    private final AdminSessionGuard adminSession;
    private final CtaRulesService rules;

    @Inject
    public CtaRulesResource(AccessPolicy accessPolicy, AdminSessionGuard adminSession, CtaRulesService rules) {
        this.accessPolicy = accessPolicy;
        this.adminSession = adminSession;
        this.rules = rules;
    }

    @GET
    public CtaRulesDto get() {
        Permissions.toSee(accessPolicy, Capability.ADMINISTER, "configuration");
        return toDto(rules.current());
    }

    @PUT
    public CtaRulesDto put(CtaRulesDto request) {
        Caller caller = Permissions.toSee(accessPolicy, Capability.ADMINISTER, "configuration");
        adminSession.requireSecureAdminSession();
        Map<String, String> errors = new TreeMap<>();
        int dropPoints = whole(errors, "scoreDropPoints", request.scoreDropPoints(), 1, 100);
        int dropDays = whole(errors, "scoreDropDays", request.scoreDropDays(), 1, MAX_DAYS);
        int lowCsat = whole(errors, "lowCsatMaxRating", request.lowCsatMaxRating(), 1, 3);
        int csatDays = whole(errors, "csatLookbackDays", request.csatLookbackDays(), 1, MAX_DAYS);
        int renewalDays = whole(errors, "renewalAtRiskDays", request.renewalAtRiskDays(), 1, MAX_DAYS);
        int touchpointDays = whole(errors, "noTouchpointDays", request.noTouchpointDays(), 1, MAX_DAYS);
        int promoterDays = whole(errors, "promoterLookbackDays", request.promoterLookbackDays(), 1, MAX_DAYS);
        java.math.BigDecimal growth = request.usageGrowthPercent();
        if (growth == null || growth.signum() <= 0 || growth.compareTo(java.math.BigDecimal.valueOf(1000)) > 0) {
            errors.put("usageGrowthPercent", "must be a percentage above 0 and at most 1000");
        }
        Set<CtaReason> turnedOff = reasons(errors, request.turnedOff());
        if (request.version() == null) {
            errors.put("version", "is required: the version you last read");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CtaRuleSet next = new CtaRuleSet(dropPoints, dropDays, lowCsat, csatDays, renewalDays, touchpointDays,
                promoterDays, growth.doubleValue(), turnedOff);
        return toDto(rules.save(next, request.version(), Permissions.actor(caller)));
    }

    private static int whole(Map<String, String> errors, String field, Integer value, int min, int max) {
        if (value == null || value < min || value > max) {
            errors.put(field, "must be a whole number from " + min + " to " + max);
            return min;
        }
        return value;
    }

    private static Set<CtaReason> reasons(Map<String, String> errors, List<String> names) {
        Set<CtaReason> reasons = EnumSet.noneOf(CtaReason.class);
        for (String name : names == null ? List.<String>of() : names) {
            try {
                reasons.add(EnumNames.parse(name == null ? "" : name, CtaReason.class));
            } catch (IllegalArgumentException e) {
                errors.put("turnedOff", e.getMessage());
            }
        }
        return reasons;
    }

    private static CtaRulesDto toDto(CtaRulesService.CurrentRules current) {
        CtaRuleSet r = current.rules();
        return new CtaRulesDto(r.scoreDropPoints(), r.scoreDropDays(), r.lowCsatMaxRating(), r.csatLookbackDays(),
                r.renewalAtRiskDays(), r.noTouchpointDays(), r.promoterLookbackDays(),
                java.math.BigDecimal.valueOf(r.usageGrowthPercent()),
                r.turnedOff().stream().sorted().map(WireNames::of).toList(), current.version());
    }
}
