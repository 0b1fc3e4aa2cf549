package io.successdesk.rest.account;

import io.successdesk.rest.BodyAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.account.AccountService;
import io.successdesk.app.account.UpsertKey;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Caller;
import io.successdesk.app.security.Capability;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.QueryParams;
import io.successdesk.rest.RequestLimits;
import io.successdesk.rest.json.MaxBodySize;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Account import (docs/product.md §1) from CSV or JSON: {@code dryRun=true} validates every row and reports what would
 * happen; otherwise all rows are written, or none when any row is rejected. Rows match accounts by {@code by}.
 */
@Path("/import")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class AccountImportResource {

    public static final String TEXT_CSV = "text/csv";

    private final AccessPolicy accessPolicy;
    private final AccountService accounts;

    @Inject
    public AccountImportResource(AccessPolicy accessPolicy, AccountService accounts) {
        this.accessPolicy = accessPolicy;
        this.accounts = accounts;
    }

    @POST
    @Path("/accounts")
    @Consumes(TEXT_CSV)
    @BodyAccess(see = Capability.VIEW_ACCOUNTS, change = Capability.EDIT_ACCOUNTS, what = "accounts")
    public UpsertReportDto importCsv(@QueryParam("by") String by, @QueryParam("dryRun") String dryRun,
                                     @MaxBodySize(RequestLimits.MAX_IMPORT_BYTES) String csv) {
        Caller caller = Permissions.toChange(accessPolicy, Capability.VIEW_ACCOUNTS, Capability.EDIT_ACCOUNTS, "accounts");
        return run(caller, by, dryRun, AccountCsv.read(csv));
    }

    @POST
    @Path("/accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @BodyAccess(see = Capability.VIEW_ACCOUNTS, change = Capability.EDIT_ACCOUNTS, what = "accounts")
    public UpsertReportDto importJson(@QueryParam("by") String by, @QueryParam("dryRun") String dryRun,
                                      @MaxBodySize(RequestLimits.MAX_IMPORT_BYTES) AccountListRequest request) {
        Caller caller = Permissions.toChange(accessPolicy, Capability.VIEW_ACCOUNTS, Capability.EDIT_ACCOUNTS, "accounts");
        return run(caller, by, dryRun, request);
    }

    private UpsertReportDto run(Caller caller, String by, String dryRun, AccountListRequest rows) {
        boolean preview = QueryParams.flag("dryRun", dryRun);
        UpsertKey key = QueryParams.choice("by", by, UpsertKey.class).orElse(UpsertKey.KEY);
        return AccountJson.toDto(accounts.bulkUpsert(AccountRows.inputs(rows, RequestLimits.MAX_IMPORT_ROWS), key,
                Permissions.actor(caller), AccountResource.arrAccess(caller), preview), preview);
    }
}
