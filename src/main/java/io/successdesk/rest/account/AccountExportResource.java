package io.successdesk.rest.account;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.google.gson.Gson;
import com.google.gson.stream.JsonWriter;
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
import io.successdesk.rest.json.GsonJsonProvider;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

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

    /**
     * Every account the caller may see, streamed in key order a page at a time (keyset paging), so memory stays bounded
     * and no page costs more than the first. The permission is checked before the first byte; a failure while
     * streaming cuts the file short, which the missing closing bracket (JSON) or row count shows.
     */
    @GET
    @Path("/accounts")
    @Produces({AccountImportResource.TEXT_CSV, MediaType.APPLICATION_JSON})
    public Response exportAccounts(@QueryParam("format") String format) {
        Caller caller = Permissions.toSee(accessPolicy, Capability.VIEW_ACCOUNTS, "accounts");
        boolean withArr = caller.can(Capability.VIEW_FINANCIALS);
        boolean json = QueryParams.choice("format", format, Format.class).orElse(Format.CSV) == Format.JSON;
        String file = "successdesk-accounts." + (json ? "json" : "csv");
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            if (json) {
                writeJson(writer, withArr);
            } else {
                AccountCsv.RowWriter rows = AccountCsv.open(writer, withArr);
                forEachAccount(account -> rows.print(AccountJson.toRow(account, withArr)));
            }
            writer.flush();
        };
        return Response.ok(body)
                .type(json ? MediaType.APPLICATION_JSON + ";charset=UTF-8" : AccountImportResource.TEXT_CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    /** The same JSON as {@code {"accounts": [...]}} written whole, one account at a time. */
    private void writeJson(Writer writer, boolean withArr) throws IOException {
        Gson gson = GsonJsonProvider.gson();
        JsonWriter json = gson.newJsonWriter(writer);
        json.beginObject().name("accounts").beginArray();
        forEachAccount(account -> gson.toJson(AccountJson.toRow(account, withArr), AccountRequest.class, json));
        json.endArray().endObject();
        json.flush();
    }

    private void forEachAccount(AccountSink sink) throws IOException {
        AccountQuery query = AccountQuery.all();
        Page<Account> slice;
        do {
            slice = accounts.find(query, PageRequest.first(PageRequest.MAX_LIMIT));
            for (Account account : slice.items()) {
                sink.accept(account);
            }
            if (!slice.items().isEmpty()) {
                query = AccountQuery.all().after(slice.items().get(slice.items().size() - 1).key());
            }
        } while (slice.hasMore());
    }

    private interface AccountSink {
        void accept(Account account) throws IOException;
    }

    private enum Format { CSV, JSON }
}
