package io.successdesk.rest.timeline;

import io.successdesk.rest.BodyAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.account.AccountService;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Caller;
import io.successdesk.app.security.Capability;
import io.successdesk.app.timeline.TouchpointService;
import io.successdesk.app.timeline.TouchpointService.LogTouchpoint;
import io.successdesk.app.timeline.TouchpointService.TouchpointPage;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.timeline.Sentiment;
import io.successdesk.domain.timeline.Touchpoint;
import io.successdesk.domain.timeline.TouchpointType;
import io.successdesk.rest.ExistingAccounts;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.QueryParams;
import io.successdesk.rest.WireNames;
import io.successdesk.rest.timeline.TimelineDtos.TouchpointDto;
import io.successdesk.rest.timeline.TimelineDtos.TouchpointPageDto;
import io.successdesk.rest.timeline.TimelineDtos.TouchpointRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Optional;

/** An account's touchpoints (calls, meetings, emails, QBRs, notes): account viewers read, CSMs log. */
@Path("/accounts/{key}/touchpoints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class TouchpointResource {

    private final AccessPolicy accessPolicy;
    private final AccountService accounts;
    private final TouchpointService touchpoints;

    @Inject
    public TouchpointResource(AccessPolicy accessPolicy, AccountService accounts, TouchpointService touchpoints) {
        this.accessPolicy = accessPolicy;
        this.accounts = accounts;
        this.touchpoints = touchpoints;
    }

    /** Newest first, {@code limit} (default 50, at most 200) at a time; {@code cursor} is the last page's next. */
    @GET
    public TouchpointPageDto list(@PathParam("key") String key, @QueryParam("cursor") String cursor,
                                  @QueryParam("limit") String limit) {
        Permissions.toSee(accessPolicy, Capability.VIEW_ACCOUNTS, "account " + key);
        AccountKey account = ExistingAccounts.require(accounts, key);
        TouchpointPage page = touchpoints.page(account, Optional.ofNullable(cursor).filter(c -> !c.isEmpty()),
                QueryParams.integer("limit", limit, 50));
        return new TouchpointPageDto(page.items().stream().map(TouchpointResource::toDto).toList(),
                page.next().orElse(null));
    }

    @POST
    @BodyAccess(see = Capability.VIEW_ACCOUNTS, change = Capability.EDIT_ACCOUNTS, what = "accounts")
    public Response log(@PathParam("key") String key, TouchpointRequest request) {
        Caller caller = Permissions.toChange(accessPolicy, Capability.VIEW_ACCOUNTS, Capability.EDIT_ACCOUNTS,
                "account " + key);
        AccountKey account = ExistingAccounts.require(accounts, key);
        Touchpoint touchpoint = touchpoints.log(new LogTouchpoint(account.value(),
                WireNames.parse("type", request.type(), TouchpointType.class), request.occurredAt(), request.summary(),
                WireNames.parse("sentiment", request.sentiment(), Sentiment.class)), Permissions.actor(caller));
        return Response.status(Response.Status.CREATED).entity(toDto(touchpoint)).build();
    }

    static TouchpointDto toDto(Touchpoint touchpoint) {
        return new TouchpointDto(touchpoint.id().toString(), touchpoint.account().value(),
                WireNames.of(touchpoint.type()), touchpoint.occurredAt(), touchpoint.summary(),
                touchpoint.sentiment().map(WireNames::of).orElse(null), touchpoint.author());
    }
}
