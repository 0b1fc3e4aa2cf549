package io.successdesk.rest.voc;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.Page;
import io.successdesk.app.account.AccountService;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Capability;
import io.successdesk.app.voc.CsatService;
import io.successdesk.domain.voc.CsatResponse;
import io.successdesk.rest.ExistingAccounts;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.QueryParams;
import io.successdesk.rest.voc.VocDtos.CsatPageDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** An account's CSAT responses, newest first, paged. */
@Path("/accounts/{key}/csat")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class AccountCsatResource {

    private final AccessPolicy accessPolicy;
    private final AccountService accounts;
    private final CsatService csat;

    @Inject
    public AccountCsatResource(AccessPolicy accessPolicy, AccountService accounts, CsatService csat) {
        this.accessPolicy = accessPolicy;
        this.accounts = accounts;
        this.csat = csat;
    }

    @GET
    public CsatPageDto list(@PathParam("key") String key, @QueryParam("offset") String offset,
                            @QueryParam("limit") String limit) {
        Permissions.toSee(accessPolicy, Capability.VIEW_ACCOUNTS, "account " + key);
        Page<CsatResponse> page = csat.responses(ExistingAccounts.require(accounts, key), QueryParams.page(offset, limit));
        return new CsatPageDto(page.items().stream().map(VocJson::toDto).toList(), page.offset(), page.limit(),
                page.total());
    }
}
