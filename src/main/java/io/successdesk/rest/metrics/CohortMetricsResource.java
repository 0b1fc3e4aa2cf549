package io.successdesk.rest.metrics;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.account.AccountService;
import io.successdesk.app.revenue.RevenueService;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Capability;
import io.successdesk.domain.revenue.PeriodGranularity;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.QueryParams;
import io.successdesk.rest.metrics.MetricsDtos.CohortMatrixDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.YearMonth;

/** The cohort retention matrix by start month or quarter (docs/metrics.md, "Cohorts"): financial viewers only. */
@Path("/metrics/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class CohortMetricsResource {

    private final AccessPolicy accessPolicy;
    private final RevenueService revenue;
    private final Clock clock;
    private final AccountService accounts;

    @Inject
    public CohortMetricsResource(AccessPolicy accessPolicy, RevenueService revenue, Clock clock, AccountService accounts) {
        this.accounts = accounts;
        this.accessPolicy = accessPolicy;
        this.revenue = revenue;
        this.clock = clock;
    }

    /** {@code granularity}: month (default) or quarter; cohorts starting {@code from}–{@code to} (default last year). */
    @GET
    public CohortMatrixDto matrix(@QueryParam("currency") String currency, @QueryParam("granularity") String granularity,
                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("tier") String tier, @QueryParam("csm") String csm) {
        Permissions.toSee(accessPolicy, Capability.VIEW_FINANCIALS, "cohort metrics");
        PeriodGranularity by = QueryParams.choice("granularity", granularity, PeriodGranularity.class)
                .orElse(PeriodGranularity.MONTH);
        YearMonth last = RevenueMetricsJson.month("to", to, RevenueMetricsJson.lastEndedMonth(clock));
        YearMonth first = RevenueMetricsJson.month("from", from, last.minusMonths(11));
        String code = RevenueMetricsJson.currency(currency);
        return RevenueMetricsJson.toDto(code, revenue.cohortMatrix(code, by, first, last,
                        AccountScope.of(accounts, tier, csm)),
                RevenueMetricsJson.currentMonth(clock));
    }
}
