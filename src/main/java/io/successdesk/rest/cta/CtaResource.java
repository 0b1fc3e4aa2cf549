package io.successdesk.rest.cta;

import io.successdesk.rest.BodyAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.InvalidInputException;
import io.successdesk.app.NotFoundException;
import io.successdesk.app.Page;
import io.successdesk.app.cta.CtaService;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Caller;
import io.successdesk.app.security.Capability;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.cta.Cta;
import io.successdesk.domain.cta.CtaStatus;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.QueryParams;
import io.successdesk.rest.WireNames;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.EnumSet;
import java.util.Set;

/** Calls to action (docs/product.md §5): account viewers list them; CSMs snooze and close them. */
@Path("/ctas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class CtaResource {

    private final AccessPolicy accessPolicy;
    private final CtaService ctas;

    @Inject
    public CtaResource(AccessPolicy accessPolicy, CtaService ctas) {
        this.accessPolicy = accessPolicy;
        this.ctas = ctas;
    }

    /** The account's CTAs, newest first; {@code status} is a comma-separated list (default open,snoozed). */
    @GET
    public CtaDto.PageDto list(@QueryParam("account") String account, @QueryParam("status") String status,
                               @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Permissions.toSee(accessPolicy, Capability.VIEW_ACCOUNTS, "calls to action");
        if (account == null || !AccountKey.isValid(account)) {
            throw new InvalidInputException("account", "is required: an account key like ACME");
        }
        Page<Cta> page = ctas.list(AccountKey.of(account), statuses(status), QueryParams.page(offset, limit));
        return new CtaDto.PageDto(page.items().stream().map(CtaResource::toDto).toList(), page.offset(), page.limit(),
                page.total());
    }

    @POST
    @Path("/{id}/snooze")
    @BodyAccess(see = Capability.VIEW_ACCOUNTS, change = Capability.EDIT_ACCOUNTS, what = "CTAs")
    public CtaDto snooze(@PathParam("id") String id, CtaDto.SnoozeRequest request) {
        Caller caller = Permissions.toChange(accessPolicy, Capability.VIEW_ACCOUNTS, Capability.EDIT_ACCOUNTS, "CTA " + id);
        if (request.until() == null) {
            throw new InvalidInputException("until", "is required");
        }
        return toDto(ctas.snooze(known(id), request.until(), request.reason() == null ? "" : request.reason(),
                Permissions.actor(caller)));
    }

    /** Body {@code {"reason": "..."}}, required (kept in the audit log). */
    @POST
    @Path("/{id}/close")
    @BodyAccess(see = Capability.VIEW_ACCOUNTS, change = Capability.EDIT_ACCOUNTS, what = "CTAs")
    public CtaDto close(@PathParam("id") String id, CtaDto.CloseRequest request) {
        Caller caller = Permissions.toChange(accessPolicy, Capability.VIEW_ACCOUNTS, Capability.EDIT_ACCOUNTS, "CTA " + id);
        String reason = request == null || request.reason() == null ? "" : request.reason();
        return toDto(ctas.close(known(id), reason, Permissions.actor(caller)));
    }

    private static String known(String id) {
        if (!id.matches("[A-Za-z0-9-]{1,64}")) {
            throw new NotFoundException("CTA " + id);
        }
        return id;
    }

    private static Set<CtaStatus> statuses(String status) {
        if (status == null || status.isBlank()) {
            return EnumSet.of(CtaStatus.OPEN, CtaStatus.SNOOZED);
        }
        Set<CtaStatus> chosen = EnumSet.noneOf(CtaStatus.class);
        for (String part : status.split(",", -1)) {
            chosen.add(QueryParams.choice("status", part.strip().isEmpty() ? "?" : part, CtaStatus.class).orElseThrow());
        }
        return chosen;
    }

    static CtaDto toDto(Cta cta) {
        return new CtaDto(cta.id(), cta.account().value(), WireNames.of(cta.key().type()), WireNames.of(cta.key().reason()),
                WireNames.of(cta.status()), CtaFactsJson.of(cta.facts()), cta.triggeringIssueKeys(), cta.created(),
                cta.snooze().map(s -> s.until()).orElse(null), cta.snooze().map(s -> s.reason()).orElse(null),
                cta.closedAt().orElse(null), cta.jiraIssueKey().orElse(null));
    }

}
