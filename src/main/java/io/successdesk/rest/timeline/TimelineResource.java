package io.successdesk.rest.timeline;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.account.AccountService;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Capability;
import io.successdesk.app.timeline.TimelineService;
import io.successdesk.domain.timeline.TimelinePage;
import io.successdesk.rest.ExistingAccounts;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.QueryParams;
import io.successdesk.rest.WireNames;
import io.successdesk.rest.timeline.TimelineDtos.TimelineEntryDto;
import io.successdesk.rest.timeline.TimelineDtos.TimelinePageDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Optional;

/** The account timeline: touchpoints, tickets, CSAT, health changes, CTAs and plan changes, newest first. */
@Path("/accounts/{key}/timeline")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class TimelineResource {

    private final AccessPolicy accessPolicy;
    private final AccountService accounts;
    private final TimelineService timeline;

    @Inject
    public TimelineResource(AccessPolicy accessPolicy, AccountService accounts, TimelineService timeline) {
        this.accessPolicy = accessPolicy;
        this.accounts = accounts;
        this.timeline = timeline;
    }

    /** {@code limit} 1–200 (default 50); {@code cursor} is the previous page's {@code next}. */
    @GET
    public TimelinePageDto page(@PathParam("key") String key, @QueryParam("cursor") String cursor,
                                @QueryParam("limit") String limit) {
        Permissions.toSee(accessPolicy, Capability.VIEW_ACCOUNTS, "account " + key);
        TimelinePage page = timeline.page(ExistingAccounts.require(accounts, key),
                Optional.ofNullable(cursor).filter(c -> !c.isEmpty()), QueryParams.integer("limit", limit, 50));
        return new TimelinePageDto(page.entries().stream().map(entry -> new TimelineEntryDto(entry.at(),
                WireNames.of(entry.kind()), entry.position().referenceId(), entry.title(), entry.details())).toList(),
                page.next().map(position -> position.token()).orElse(null));
    }
}
