package io.successdesk.rest.metrics;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.InvalidInputException;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Capability;
import io.successdesk.app.voc.CsatFilter;
import io.successdesk.app.voc.CsatService;
import io.successdesk.app.voc.NpsService;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.Tier;
import io.successdesk.domain.voc.CsatSummary;
import io.successdesk.domain.voc.CsatTrend;
import io.successdesk.domain.voc.NpsSummary;
import io.successdesk.domain.voc.TrendGranularity;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.QueryParams;
import io.successdesk.rest.WireNames;
import io.successdesk.rest.metrics.MetricsDtos.CsatSeriesDto;
import io.successdesk.rest.metrics.MetricsDtos.NpsDto;
import io.successdesk.rest.metrics.MetricsDtos.AccountTableDto;
import io.successdesk.app.Page;
import io.successdesk.app.account.AccountQuery;
import io.successdesk.app.account.AccountService;
import io.successdesk.app.panel.PanelSummary;
import io.successdesk.app.panel.PanelSummaryService;
import io.successdesk.app.security.UserDirectory;
import io.successdesk.app.account.AccountSort;
import io.successdesk.app.security.Caller;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.health.HealthBand;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * Dashboard data for account viewers: CSAT series, NPS (definitions: docs/metrics.md), at-risk accounts and renewals.
 */
@Path("/metrics")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class MetricsResource {

    private final AccessPolicy accessPolicy;
    private final CsatService csat;
    private final NpsService nps;
    private final Clock clock;
    private final AccountService accounts;
    private final PanelSummaryService summaries;
    private final UserDirectory users;

    @Inject
    public MetricsResource(AccessPolicy accessPolicy, CsatService csat, NpsService nps, Clock clock,
                           AccountService accounts, PanelSummaryService summaries, UserDirectory users) {
        this.accessPolicy = accessPolicy;
        this.summaries = summaries;
        this.users = users;
        this.accounts = accounts;
        this.csat = csat;
        this.nps = nps;
        this.clock = clock;
    }

    /**
     * % satisfied, mean, n and the 95 % Wilson interval per week or month of {@code from}–{@code to} (inclusive), the
     * unfinished current period flagged partial (docs/metrics.md).
     */
    @GET
    @Path("/csat")
    public CsatSeriesDto csat(@QueryParam("granularity") String granularity, @QueryParam("from") String from,
                              @QueryParam("to") String to, @QueryParam("project") String project,
                              @QueryParam("account") String account, @QueryParam("tier") String tier,
                              @QueryParam("csm") String csm) {
        Permissions.toSee(accessPolicy, Capability.VIEW_ACCOUNTS, "metrics");
        TrendGranularity by = QueryParams.choice("granularity", granularity, TrendGranularity.class)
                .orElse(TrendGranularity.WEEK);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate last = QueryParams.day("to", to).orElse(today);
        LocalDate first = QueryParams.day("from", from).orElse(by == TrendGranularity.WEEK ? last.minusWeeks(12)
                : last.minusMonths(12));
        CsatFilter filter = VocMetricsJson.filter(project, account, Optional.empty());
        Optional<Tier> tierAlone = AccountScope.tierAlone(tier, csm).filter(chosen -> filter.account().isEmpty());
        Optional<String> csmAlone = AccountScope.csmAlone(tier, csm).filter(chosen -> filter.account().isEmpty());
        CsatTrend trend;
        if (tierAlone.isPresent()) {
            trend = csat.tierTrend(by, first, last, tierAlone.get(), filter.projectKey());
        } else if (csmAlone.isPresent()) {
            trend = csat.csmTrend(by, first, last, csmAlone.get(), filter.projectKey());
        } else {
            trend = csat.trend(by, first, last, new CsatFilter(filter.account(), filter.projectKey(),
                    AccountScope.of(accounts, tier, csm)));
        }
        return new CsatSeriesDto(WireNames.of(by), first, last, CsatSummary.DEFAULT_MINIMUM_N,
                trend.points().stream().map(point -> VocMetricsJson.point(point, today)).toList());
    }

    /** True NPS over all accounts in the last {@code windowDays} (default 180), ending today: always partial. */
    @GET
    @Path("/nps")
    public NpsDto nps(@QueryParam("windowDays") String windowDays) {
        Permissions.toSee(accessPolicy, Capability.VIEW_ACCOUNTS, "metrics");
        int days = QueryParams.integer("windowDays", windowDays, NpsSummary.DEFAULT_WINDOW_DAYS);
        NpsSummary summary = nps.overallNps(days);
        return new NpsDto(days, true, summary.n(), summary.promoters(), summary.passives(), summary.detractors(),
                summary.score().map(score -> score.value()).orElse(null));
    }

    /** Red accounts, lowest health first (at most {@code limit}, default 50). */
    @GET
    @Path("/at-risk")
    public AccountTableDto atRisk(@QueryParam("limit") String limit) {
        Caller caller = Permissions.toSee(accessPolicy, Capability.VIEW_ACCOUNTS, "metrics");
        return table(caller, AccountQuery.all().inBand(HealthBand.RED)
                .sortedBy(AccountSort.HEALTH_SCORE, AccountSort.Direction.ASCENDING), limit);
    }

    /** Accounts renewing within {@code withinDays} (default 90, including overdue renewals), soonest first. */
    @GET
    @Path("/renewals")
    public AccountTableDto renewals(@QueryParam("withinDays") String withinDays, @QueryParam("limit") String limit) {
        Caller caller = Permissions.toSee(accessPolicy, Capability.VIEW_ACCOUNTS, "metrics");
        int days = QueryParams.integer("withinDays", withinDays, 90);
        if (days < 0 || days > 3660) {
            throw new InvalidInputException("withinDays", "must be 0–3660");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return table(caller, AccountQuery.all().renewingBefore(today.plusDays(days + 1L))
                .sortedBy(AccountSort.RENEWAL_DATE, AccountSort.Direction.ASCENDING), limit);
    }

    private AccountTableDto table(Caller caller, AccountQuery query, String limit) {
        Page<Account> page = accounts.find(query, QueryParams.page("0", limit));
        Map<AccountKey, PanelSummary> current = summaries.currentAll(page.items().stream().map(Account::key).toList());
        return VocMetricsJson.table(page, caller.can(Capability.VIEW_FINANCIALS),
                account -> Optional.ofNullable(current.get(account)), users::displayName);
    }
}
