package io.successdesk.rest.metrics;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.health.HealthDistributionService;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Caller;
import io.successdesk.app.security.Capability;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.QueryParams;
import io.successdesk.rest.account.MoneyDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The health distribution for the dashboard: daily band counts for account viewers, ARR at risk for financial ones. */
@Path("/metrics/health")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class HealthMetricsResource {

    /**
     * One UTC day; {@code partial} for today (not yet over) and later; {@code arrAtRisk} (summed ARR of red accounts,
     * per currency) only for financial viewers.
     */
    public record HealthDayDto(LocalDate day, boolean partial, int red, int amber, int green, List<MoneyDto> arrAtRisk) {
    }

    /** {@code scorecardChanges}: the days a new scorecard version was saved (charts mark them). */
    public record HealthDistributionDto(LocalDate from, LocalDate to, List<HealthDayDto> days,
                                        List<LocalDate> scorecardChanges) {
    }

    private final AccessPolicy accessPolicy;
    private final HealthDistributionService distribution;
    private final Clock clock;

    @Inject
    public HealthMetricsResource(AccessPolicy accessPolicy, HealthDistributionService distribution, Clock clock) {
        this.accessPolicy = accessPolicy;
        this.distribution = distribution;
        this.clock = clock;
    }

    /** Every day of {@code from}–{@code to} (default the last 90 days), days without snapshots at zero. */
    @GET
    public HealthDistributionDto daily(@QueryParam("from") String from, @QueryParam("to") String to) {
        Caller caller = Permissions.toSee(accessPolicy, Capability.VIEW_ACCOUNTS, "metrics");
        boolean withArr = caller.can(Capability.VIEW_FINANCIALS);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate last = QueryParams.day("to", to).orElse(today);
        LocalDate first = QueryParams.day("from", from).orElse(last.minusDays(89));
        return new HealthDistributionDto(first, last, distribution.daily(first, last).stream()
                .map(day -> new HealthDayDto(day.day(), !day.day().isBefore(today), day.red(), day.amber(), day.green(), withArr
                        ? day.arrAtRisk().stream().map(m -> new MoneyDto(m.minorUnits(), m.currencyCode())).toList()
                        : null)).toList(), distribution.scorecardChanges(first, last));
    }
}
