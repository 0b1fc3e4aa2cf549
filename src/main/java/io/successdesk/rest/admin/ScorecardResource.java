package io.successdesk.rest.admin;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.successdesk.app.InvalidInputException;
import io.successdesk.app.health.ScorecardDraft;
import io.successdesk.app.health.ScorecardPreview;
import io.successdesk.app.health.ScorecardService;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.AdminSessionGuard;
import io.successdesk.app.security.Caller;
import io.successdesk.app.security.Capability;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.HealthResult;
import io.successdesk.domain.health.HealthScorecard;
import io.successdesk.domain.health.MeasureId;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.WireNames;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The health scorecard (docs/product.md §4): read it, preview a draft on real accounts, save a draft as a new
 * version. Jira administrators only; saving also needs a confirmed admin session (WebSudo) and is audited.
 */
@Path("/scorecard")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AdminOnly
public class ScorecardResource {

    /** Top reasons a preview line lists: the included measures scoring below 75, lowest first, at most 3 (as the panel). */
    static final double REASON_BELOW = 75;
    static final int MAX_REASONS = 3;

    private final AccessPolicy accessPolicy;
    private final AdminSessionGuard adminSession;
    private final ScorecardService scorecards;

    @Inject
    public ScorecardResource(AccessPolicy accessPolicy, AdminSessionGuard adminSession, ScorecardService scorecards) {
        this.accessPolicy = accessPolicy;
        this.adminSession = adminSession;
        this.scorecards = scorecards;
    }

    @GET
    public ScorecardDtos.ScorecardDto get() {
        Permissions.toSee(accessPolicy, Capability.ADMINISTER, "scorecard");
        return toDto(scorecards.current());
    }

    @PUT
    public ScorecardDtos.ScorecardDto put(ScorecardDtos.SaveRequest request) {
        Caller caller = Permissions.toSee(accessPolicy, Capability.ADMINISTER, "scorecard");
        adminSession.requireSecureAdminSession();
        if (request == null || request.basedOnVersion() == null || request.basedOnVersion().isBlank()) {
            throw new InvalidInputException("basedOnVersion", "is required: the version you edited");
        }
        HealthScorecard saved = scorecards.save(draft(request.measures(), request.amberFrom(), request.greenFrom()),
                request.basedOnVersion(), Permissions.actor(caller));
        return toDto(saved);
    }

    @POST
    @Path("/preview")
    public ScorecardDtos.PreviewDto preview(ScorecardDtos.PreviewRequest request) {
        Permissions.toSee(accessPolicy, Capability.ADMINISTER, "scorecard");
        if (request == null) {
            throw new InvalidInputException("measures", "is required");
        }
        List<AccountKey> accounts = new ArrayList<>();
        for (String key : request.accounts() == null ? List.<String>of() : request.accounts()) {
            if (key == null || !AccountKey.isValid(key)) {
                throw new InvalidInputException("accounts", "'" + key + "' is not an account key");
            }
            accounts.add(AccountKey.of(key));
        }
        ScorecardPreview preview = scorecards.preview(draft(request.measures(), request.amberFrom(),
                request.greenFrom()), accounts);
        return new ScorecardDtos.PreviewDto(preview.currentVersion(), preview.accounts().stream()
                .map(line -> new ScorecardDtos.PreviewLineDto(line.account().value(), line.name(),
                        health(line.current()), health(line.draft()))).toList());
    }

    private static ScorecardDraft draft(List<ScorecardDtos.MeasureDto> measures, BigDecimal amberFrom,
                                        BigDecimal greenFrom) {
        if (measures == null) {
            throw new InvalidInputException("measures", "is required (the measures that are on)");
        }
        return new ScorecardDraft(measures.stream().map(m -> new ScorecardDraft.MeasureDraft(m.id(), real(m.weight()),
                real(m.redBound()), real(m.greenBound()), m.windowDays(), m.minimumSample(), m.validityDays())).toList(),
                real(amberFrom), real(greenFrom));
    }

    private static Double real(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static ScorecardDtos.HealthDto health(HealthResult result) {
        return new ScorecardDtos.HealthDto(result.score().map(score -> score.value()).orElse(null),
                result.band().map(WireNames::of).orElse(null),
                result.weakest(REASON_BELOW, MAX_REASONS).stream().map(MeasureId::toString).toList());
    }

    private static ScorecardDtos.ScorecardDto toDto(HealthScorecard scorecard) {
        return new ScorecardDtos.ScorecardDto(scorecard.versionId(), decimal(scorecard.thresholds().amberFrom()),
                decimal(scorecard.thresholds().greenFrom()), measures(scorecard), measures(HealthScorecard.defaults()));
    }

    private static List<ScorecardDtos.MeasureDto> measures(HealthScorecard scorecard) {
        return ScorecardDraft.of(scorecard).measures().stream().map(m -> new ScorecardDtos.MeasureDto(m.id(),
                decimal(m.weight()), decimal(m.redBound()), decimal(m.greenBound()), m.windowDays(), m.minimumSample(),
                m.validityDays())).toList();
    }
}
