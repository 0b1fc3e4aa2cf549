package io.successdesk.rest.metrics;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.revenue.RetentionView;
import io.successdesk.app.account.AccountService;
import io.successdesk.app.revenue.RevenueService;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Capability;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.QueryParams;
import io.successdesk.rest.WireNames;
import io.successdesk.rest.metrics.MetricsDtos.RetentionSeriesDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.YearMonth;

/**
 * GRR, NRR, logo retention, gross and net revenue churn, expansion, contraction and quick ratio (definitions:
 * docs/metrics.md): financial viewers only.
 */
@Path("/metrics/retention")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class RetentionMetricsResource {

    private final AccessPolicy accessPolicy;
    private final RevenueService revenue;
    private final Clock clock;
    private final AccountService accounts;

    @Inject
    public RetentionMetricsResource(AccessPolicy accessPolicy, RevenueService revenue, Clock clock, AccountService accounts) {
        this.accounts = accounts;
        this.accessPolicy = accessPolicy;
        this.revenue = revenue;
        this.clock = clock;
    }

    /**
     * {@code view}: monthly (default), quarterly, trailing-twelve-months (periods ending in {@code from}–{@code to},
     * default the last twelve ended months), or between (one point comparing the month-ends of {@code from} and
     * {@code to}, any pair up to ten years apart).
     */
    @GET
    public RetentionSeriesDto series(@QueryParam("currency") String currency, @QueryParam("view") String view,
                                     @QueryParam("from") String from, @QueryParam("to") String to,
                                     @QueryParam("tier") String tier, @QueryParam("csm") String csm) {
        Permissions.toSee(accessPolicy, Capability.VIEW_FINANCIALS, "retention metrics");
        RetentionView chosen = QueryParams.choice("view", view, RetentionView.class).orElse(RetentionView.MONTHLY);
        YearMonth last = RevenueMetricsJson.month("to", to, RevenueMetricsJson.lastEndedMonth(clock));
        YearMonth first = RevenueMetricsJson.month("from", from, last.minusMonths(11));
        String code = RevenueMetricsJson.currency(currency);
        return new RetentionSeriesDto(code, WireNames.of(chosen),
                revenue.retentionSeries(code, chosen, first, last, AccountScope.of(accounts, tier, csm)).stream()
                        .map(RevenueMetricsJson::toDto).toList());
    }
}
