package io.successdesk.rest.admin;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.successdesk.app.account.TierService;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.AdminSessionGuard;
import io.successdesk.app.security.Caller;
import io.successdesk.app.security.Capability;
import io.successdesk.domain.account.Tier;
import io.successdesk.rest.Permissions;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * The admin-defined tier list (docs/product.md §1): Jira administrators only; a change also needs a confirmed admin
 * session (WebSudo) and the revision the admin read (409 when someone changed the list since).
 */
@Path("/config/tiers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AdminOnly
public class TierConfigResource {

    private final AccessPolicy accessPolicy;
    private final AdminSessionGuard adminSession;
    private final TierService tiers;

    @Inject
    public TierConfigResource(AccessPolicy accessPolicy, AdminSessionGuard adminSession, TierService tiers) {
        this.accessPolicy = accessPolicy;
        this.adminSession = adminSession;
        this.tiers = tiers;
    }

    @GET
    public TierConfigDto get() {
        Permissions.toSee(accessPolicy, Capability.ADMINISTER, "configuration");
        return toDto(tiers.tiers());
    }

    @PUT
    public TierConfigDto put(TierConfigDto request) {
        Caller caller = Permissions.toSee(accessPolicy, Capability.ADMINISTER, "configuration");
        adminSession.requireSecureAdminSession();
        ConfigRevision.require(request.revision(), toDto(tiers.tiers()).revision());
        return toDto(tiers.replace(request.tiers(), Permissions.actor(caller)));
    }

    private static TierConfigDto toDto(List<Tier> list) {
        TierConfigDto dto = new TierConfigDto(list.stream().map(Tier::name).toList(), null);
        return dto.withRevision(ConfigRevision.of(dto));
    }
}
