package io.successdesk.rest.plan;

import io.successdesk.rest.BodyAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.Page;
import io.successdesk.app.account.AccountService;
import io.successdesk.app.plan.PlanCommands.CreatePlan;
import io.successdesk.app.plan.PlanService;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Caller;
import io.successdesk.app.security.Capability;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.plan.PlanType;
import io.successdesk.domain.plan.SuccessPlan;
import io.successdesk.rest.ExistingAccounts;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.QueryParams;
import io.successdesk.rest.WireNames;
import io.successdesk.rest.plan.PlanDtos.CreatePlanRequest;
import io.successdesk.rest.plan.PlanDtos.FromTemplateRequest;
import io.successdesk.rest.plan.PlanDtos.PlanPageDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An account's success plans (docs/product.md §6): account viewers read, CSMs create. */
@Path("/accounts/{key}/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class AccountPlansResource {

    private final AccessPolicy accessPolicy;
    private final AccountService accounts;
    private final PlanService plans;

    @Inject
    public AccountPlansResource(AccessPolicy accessPolicy, AccountService accounts, PlanService plans) {
        this.accessPolicy = accessPolicy;
        this.accounts = accounts;
        this.plans = plans;
    }

    @GET
    public PlanPageDto list(@PathParam("key") String key, @QueryParam("offset") String offset,
                            @QueryParam("limit") String limit) {
        Permissions.toSee(accessPolicy, Capability.VIEW_ACCOUNTS, "account " + key);
        AccountKey account = ExistingAccounts.require(accounts, key);
        Page<SuccessPlan> page = plans.plansOf(account, QueryParams.page(offset, limit));
        return new PlanPageDto(page.items().stream().map(PlanJson::toDto).toList(), page.offset(), page.limit(),
                page.total());
    }

    @POST
    @BodyAccess(see = Capability.VIEW_ACCOUNTS, change = Capability.EDIT_ACCOUNTS, what = "accounts")
    public Response create(@PathParam("key") String key, CreatePlanRequest request) {
        Caller caller = Permissions.toChange(accessPolicy, Capability.VIEW_ACCOUNTS, Capability.EDIT_ACCOUNTS,
                "account " + key);
        AccountKey account = ExistingAccounts.require(accounts, key);
        SuccessPlan plan = plans.create(new CreatePlan(account.value(), request.title(),
                WireNames.parse("type", request.type(), PlanType.class), request.owner(), request.startDate(),
                request.targetDate()), Permissions.actor(caller));
        return Response.status(Response.Status.CREATED).entity(PlanJson.toDto(plan)).build();
    }

    /** A plan from a playbook template, its due dates relative to {@code startDate}. */
    @POST
    @Path("/from-template")
    @BodyAccess(see = Capability.VIEW_ACCOUNTS, change = Capability.EDIT_ACCOUNTS, what = "accounts")
    public Response fromTemplate(@PathParam("key") String key, FromTemplateRequest request) {
        Caller caller = Permissions.toChange(accessPolicy, Capability.VIEW_ACCOUNTS, Capability.EDIT_ACCOUNTS,
                "account " + key);
        AccountKey account = ExistingAccounts.require(accounts, key);
        if (request.templateId() == null) {
            throw new io.successdesk.app.InvalidInputException("templateId", "is required");
        }
        SuccessPlan plan = plans.createFromTemplate(PlanJson.templateId(request.templateId()), account.value(),
                request.owner(), request.startDate(), Boolean.TRUE.equals(request.activate()), Permissions.actor(caller));
        return Response.status(Response.Status.CREATED).entity(PlanJson.toDto(plan)).build();
    }
}
