package io.successdesk.rest.account;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.account.AccountQuery;
import io.successdesk.app.account.AccountService;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Caller;
import io.successdesk.app.security.Capability;
import io.successdesk.domain.account.Account;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;

/**
 * Account export as CSV or JSON ({@code format=csv|json}), in key order, in the exact shape the import reads. ARR
 * columns and fields only for financial viewers.
 */
@Path("/export")
@LicensedOnly
public class AccountExportResource {

    private final AccessPolicy accessPolicy;
    private final AccountService accounts;

    @Inject
    public AccountExportResource(AccessPolicy accessPolicy, AccountService accounts) {
        this.accessPolicy = accessPolicy;
        this.accounts = accounts;
    }

    @GET
    @Path("/accounts")
    @Produces({AccountImportResource.TEXT_CSV, MediaType.APPLICATION_JSON})
    public Response exportAccounts(@QueryParam("format") String format) {
        Caller caller = Permissions.toSee(accessPolicy, Capability.VIEW_ACCOUNTS, "accounts");
        boolean withArr = caller.can(Capability.VIEW_FINANCIALS);
        List<AccountRequest> rows = new ArrayList<>();
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        Page<Account> slice;
        do {
            slice = accounts.find(AccountQuery.all(), page);
            slice.items().forEach(account -> rows.add(AccountJson.toRow(account, withArr)));
            page = page.next();
        } while (slice.hasMore());
        boolean json = QueryParams.choice("format", format, Format.class).orElse(Format.CSV) == Format.JSON;
        String file = "successdesk-accounts." + (json ? "json" : "csv");
        return Response.ok(json ? new AccountListRequest(rows) : AccountCsv.write(rows, withArr))
                .type(json ? MediaType.APPLICATION_JSON + ";charset=UTF-8" : AccountImportResource.TEXT_CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    private enum Format { CSV, JSON }
}
