package io.successdesk.rest.voc;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.Page;
import io.successdesk.app.account.AccountService;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Capability;
import io.successdesk.app.voc.NpsService;
import io.successdesk.domain.voc.NpsResponse;
import io.successdesk.domain.voc.NpsSummary;
import io.successdesk.rest.ExistingAccounts;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.QueryParams;
import io.successdesk.rest.voc.VocDtos.NpsPageDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Optional;

/** An account's NPS responses of the last {@code windowDays} (default 180), newest first, paged. */
@Path("/accounts/{key}/nps")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class AccountNpsResource {

    private final AccessPolicy accessPolicy;
    private final AccountService accounts;
    private final NpsService nps;

    @Inject
    public AccountNpsResource(AccessPolicy accessPolicy, AccountService accounts, NpsService nps) {
        this.accessPolicy = accessPolicy;
        this.accounts = accounts;
        this.nps = nps;
    }

    @GET
    public NpsPageDto list(@PathParam("key") String key, @QueryParam("windowDays") String windowDays,
                           @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Permissions.toSee(accessPolicy, Capability.VIEW_ACCOUNTS, "account " + key);
        Page<NpsResponse> page = nps.responses(Optional.of(ExistingAccounts.require(accounts, key)),
                QueryParams.integer("windowDays", windowDays, NpsSummary.DEFAULT_WINDOW_DAYS),
                QueryParams.page(offset, limit));
        return new NpsPageDto(page.items().stream().map(VocJson::toDto).toList(), page.offset(), page.limit(),
                page.total());
    }
}
