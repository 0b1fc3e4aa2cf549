package io.successdesk.rest.health;

import io.successdesk.rest.BodyAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.InvalidInputException;
import io.successdesk.app.NotFoundException;
import io.successdesk.app.account.AccountService;
import io.successdesk.app.health.HealthDistributionService;
import io.successdesk.app.health.HealthService;
import io.successdesk.app.health.OverrideRequest;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Caller;
import io.successdesk.app.security.Capability;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.value.DateWindow;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** Account health (docs/product.md §4): viewers read the breakdown and history; CSMs set and clear the override. */
@Path("/accounts/{key}/health")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class HealthResource {

    /** Days of history when {@code from} is not given. */
    static final int DEFAULT_HISTORY_DAYS = 90;

    private final AccessPolicy accessPolicy;
    private final AccountService accounts;
    private final HealthService health;
    private final HealthDistributionService scorecardDays;
    private final Clock clock;

    @Inject
    public HealthResource(AccessPolicy accessPolicy, AccountService accounts, HealthService health,
                          HealthDistributionService scorecardDays, Clock clock) {
        this.scorecardDays = scorecardDays;
        this.accessPolicy = accessPolicy;
        this.accounts = accounts;
        this.health = health;
        this.clock = clock;
    }

    @GET
    public HealthDto get(@PathParam("key") String key) {
        Caller caller = Permissions.toSee(accessPolicy, Capability.VIEW_ACCOUNTS, "account " + key);
        return HealthJson.toDto(health.health(existing(key)), caller.can(Capability.VIEW_FINANCIALS));
    }

    /** Daily snapshots from {@code from} to {@code to} inclusive (default: the last 90 days). */
    @GET
    @Path("/history")
    public HealthDto.HistoryDto history(@PathParam("key") String key, @QueryParam("from") String from,
                                        @QueryParam("to") String to) {
        Caller caller = Permissions.toSee(accessPolicy, Capability.VIEW_ACCOUNTS, "account " + key);
        AccountKey account = existing(key);
        LocalDate last = QueryParams.day("to", to).orElse(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        LocalDate first = QueryParams.day("from", from).orElse(last.minusDays(DEFAULT_HISTORY_DAYS - 1L));
        if (first.isAfter(last)) {
            throw new InvalidInputException("from", "must not be after to (" + last + ")");
        }
        DateWindow window = new DateWindow(first, last.plusDays(1));
        return HealthJson.toDto(account.value(), window, health.history(account, window),
                scorecardDays.scorecardChanges(first, last), caller.can(Capability.VIEW_FINANCIALS));
    }

    @PUT
    @Path("/override")
    @BodyAccess(see = Capability.VIEW_ACCOUNTS, change = Capability.EDIT_ACCOUNTS, what = "accounts")
    public HealthDto.OverrideDto setOverride(@PathParam("key") String key, HealthDto.OverrideRequestDto request) {
        Caller caller = Permissions.toChange(accessPolicy, Capability.VIEW_ACCOUNTS, Capability.EDIT_ACCOUNTS, "account " + key);
        AccountKey account = existing(key);
        if (request.expiresOn() == null) {
            throw new InvalidInputException("expiresOn", "is required");
        }
        Optional<HealthBand> band = QueryParams.choice("band", request.band(), HealthBand.class);
        OverrideRequest override = new OverrideRequest(Optional.ofNullable(request.score()).map(Long::doubleValue), band,
                request.reason() == null ? "" : request.reason(), request.expiresOn());
        return HealthJson.toDto(health.setOverride(account, override, Optional.ofNullable(request.replaces()),
                Permissions.actor(caller)));
    }

    /** Removes the override (audited when there was one); 204 also when there was none. */
    @DELETE
    @Path("/override")
    public Response clearOverride(@PathParam("key") String key) {
        Caller caller = Permissions.toChange(accessPolicy, Capability.VIEW_ACCOUNTS, Capability.EDIT_ACCOUNTS, "account " + key);
        health.clearOverride(existing(key), Permissions.actor(caller));
        return Response.noContent().build();
    }

    private AccountKey existing(String key) {
        if (!AccountKey.isValid(key) || accounts.get(AccountKey.of(key)).isEmpty()) {
            throw new NotFoundException("account " + key);
        }
        return AccountKey.of(key);
    }
}
