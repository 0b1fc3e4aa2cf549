package io.successdesk.rest.account;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.account.TierCatalog;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Capability;
import io.successdesk.domain.account.Tier;
import io.successdesk.rest.Permissions;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The admin-defined tiers in the admin's order (docs/product.md §1), for account viewers' tier filters. */
@Path("/tiers")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class TierResource {

    private final AccessPolicy accessPolicy;
    private final TierCatalog tierCatalog;

    @Inject
    public TierResource(AccessPolicy accessPolicy, TierCatalog tierCatalog) {
        this.accessPolicy = accessPolicy;
        this.tierCatalog = tierCatalog;
    }

    @GET
    public TiersDto list() {
        Permissions.toSee(accessPolicy, Capability.VIEW_ACCOUNTS, "tiers");
        return new TiersDto(tierCatalog.tiers().stream().map(Tier::name).toList());
    }

    /** {@code {"tiers": ["Enterprise", "Mid-Market", "SMB"]}} */
    public record TiersDto(List<String> tiers) {
    }
}
