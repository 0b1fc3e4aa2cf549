package io.successdesk.rest.account;

import io.successdesk.rest.BodyAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.InvalidInputException;
import io.successdesk.app.NotFoundException;
import io.successdesk.app.Page;
import io.successdesk.app.account.AccountInput;
import io.successdesk.app.account.AccountQuery;
import io.successdesk.app.account.AccountService;
import io.successdesk.app.account.RecordedHealth;
import io.successdesk.app.account.ArrAccess;
import io.successdesk.app.account.UpsertKey;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Caller;
import io.successdesk.app.security.Capability;
import io.successdesk.app.security.UserDirectory;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.QueryParams;
import io.successdesk.rest.RequestLimits;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Accounts (docs/product.md §1): viewers read, CSMs change; ARR only for financial viewers. */
@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class AccountResource {

    private final AccessPolicy accessPolicy;
    private final AccountService accounts;
    private final UserDirectory users;

    @Inject
    public AccountResource(AccessPolicy accessPolicy, AccountService accounts, UserDirectory users) {
        this.accessPolicy = accessPolicy;
        this.accounts = accounts;
        this.users = users;
    }

    /**
     * Filters: band, tier, csm, renewalBefore, openCtas=true (at least one open call to action at the latest
     * refresh), q (key prefix or part of the name, ignoring case: the account picker's search); sort: key, name, tier, renewal-date, arr, health-score, updated-at. */
    @GET
    public AccountPageDto list(@QueryParam("band") String band, @QueryParam("tier") String tier,
                               @QueryParam("csm") String csm, @QueryParam("renewalBefore") String renewalBefore,
                               @QueryParam("openCtas") String openCtas, @QueryParam("q") String text,
                               @QueryParam("sort") String sort,
                               @QueryParam("direction") String direction,
                               @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Caller caller = Permissions.toSee(accessPolicy, Capability.VIEW_ACCOUNTS, "accounts");
        boolean withArr = caller.can(Capability.VIEW_FINANCIALS);
        AccountQuery query = AccountFilters.query(band, tier, csm, renewalBefore, text, sort, direction, withArr);
        query = QueryParams.flag("openCtas", openCtas) ? query.withOpenCtas() : query;
        Page<Account> page = accounts.find(query, QueryParams.page(offset, limit));
        Map<AccountKey, RecordedHealth> health = accounts.recordedHealth(page.items().stream().map(Account::key).toList());
        return new AccountPageDto(page.items().stream().map(a -> AccountJson.toDto(a, withArr, csmName(a),
                Optional.ofNullable(health.get(a.key())))).toList(), page.offset(), page.limit(), page.total());
    }

    @GET
    @Path("/{key}")
    public AccountDto get(@PathParam("key") String key) {
        Caller caller = Permissions.toSee(accessPolicy, Capability.VIEW_ACCOUNTS, "account " + key);
        Account account = accounts.get(keyOf(key)).orElseThrow(() -> new NotFoundException("account " + key));
        return AccountJson.toDto(account, caller.can(Capability.VIEW_FINANCIALS), csmName(account),
                Optional.ofNullable(accounts.recordedHealth(List.of(account.key())).get(account.key())));
    }

    private Optional<String> csmName(Account account) {
        return account.csmUserKey().flatMap(users::displayName);
    }

    @POST
    @BodyAccess(see = Capability.VIEW_ACCOUNTS, change = Capability.EDIT_ACCOUNTS, what = "accounts")
    public Response create(AccountRequest request) {
        Caller caller = Permissions.toChange(accessPolicy, Capability.VIEW_ACCOUNTS, Capability.EDIT_ACCOUNTS, "accounts");
        if (request.version() != null) {
            throw new InvalidInputException("version", "must not be sent when creating an account");
        }
        Account created = AccountJson.wire(() -> accounts.create(AccountJson.toInput(request), Permissions.actor(caller),
                arrAccess(caller)));
        return Response.status(Response.Status.CREATED)
                .entity(AccountJson.toDto(created, caller.can(Capability.VIEW_FINANCIALS))).build();
    }

    /** Replaces the editable fields; {@code version} is the one last read (409 when someone saved since). */
    @PUT
    @Path("/{key}")
    @BodyAccess(see = Capability.VIEW_ACCOUNTS, change = Capability.EDIT_ACCOUNTS, what = "accounts")
    public AccountDto update(@PathParam("key") String key, AccountRequest request) {
        Caller caller = Permissions.toChange(accessPolicy, Capability.VIEW_ACCOUNTS, Capability.EDIT_ACCOUNTS, "account " + key);
        if (request.version() == null) {
            throw new InvalidInputException("version", "is required: send the version you last read");
        }
        Account saved = AccountJson.wire(() -> accounts.update(keyOf(key), request.version(), AccountJson.toInput(request),
                Permissions.actor(caller), arrAccess(caller)));
        return AccountJson.toDto(saved, caller.can(Capability.VIEW_FINANCIALS));
    }

    @DELETE
    @Path("/{key}")
    public Response delete(@PathParam("key") String key, @QueryParam("version") String version) {
        Caller caller = Permissions.toChange(accessPolicy, Capability.VIEW_ACCOUNTS, Capability.EDIT_ACCOUNTS, "account " + key);
        accounts.delete(keyOf(key), QueryParams.requiredLong("version", version), Permissions.actor(caller));
        return Response.noContent().build();
    }

    /** Creates or updates every row, matched by {@code by} = key or external-id; all or nothing. */
    @POST
    @Path("/bulk")
    @BodyAccess(see = Capability.VIEW_ACCOUNTS, change = Capability.EDIT_ACCOUNTS, what = "accounts")
    public UpsertReportDto bulkUpsert(@QueryParam("by") String by, @QueryParam("dryRun") String dryRun,
                                      AccountListRequest request) {
        Caller caller = Permissions.toChange(accessPolicy, Capability.VIEW_ACCOUNTS, Capability.EDIT_ACCOUNTS, "accounts");
        List<AccountInput> inputs = AccountRows.inputs(request, RequestLimits.MAX_BULK_ROWS);
        boolean preview = QueryParams.flag("dryRun", dryRun);
        return AccountJson.toDto(accounts.bulkUpsert(inputs, QueryParams.choice("by", by, UpsertKey.class)
                .orElse(UpsertKey.KEY), Permissions.actor(caller), arrAccess(caller), preview), preview);
    }

    static ArrAccess arrAccess(Caller caller) {
        return caller.can(Capability.VIEW_FINANCIALS) ? ArrAccess.FULL : ArrAccess.HIDDEN;
    }

    private static AccountKey keyOf(String key) {
        if (!AccountKey.isValid(key)) {
            throw new NotFoundException("account " + key);
        }
        return AccountKey.of(key);
    }
}