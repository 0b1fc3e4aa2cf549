package io.successdesk.rest.plan;

import io.successdesk.rest.BodyAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.plan.PlanCommands.AddObjective;
import io.successdesk.app.plan.PlanCommands.AddTask;
import io.successdesk.app.plan.PlanCommands.EditPlan;
import io.successdesk.app.plan.PlanService;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Caller;
import io.successdesk.app.security.Capability;
import io.successdesk.domain.plan.ObjectiveStatus;
import io.successdesk.domain.plan.PlanId;
import io.successdesk.domain.plan.PlanStatus;
import io.successdesk.domain.plan.SuccessPlan;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.WireNames;
import io.successdesk.rest.plan.PlanDtos.AddObjectiveRequest;
import io.successdesk.rest.plan.PlanDtos.AddTaskRequest;
import io.successdesk.rest.plan.PlanDtos.ChangeRequest;
import io.successdesk.rest.plan.PlanDtos.EditPlanRequest;
import io.successdesk.rest.plan.PlanDtos.PlanDto;
import io.successdesk.rest.plan.PlanDtos.TransitionRequest;
import io.successdesk.rest.plan.PlanDtos.VersionRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * One success plan, its objectives and tasks. Every change carries the {@code version} last read (409 when the plan
 * changed since); an illegal lifecycle transition answers 409 on {@code status}.
 */
@Path("/plans/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class PlanResource {

    private final AccessPolicy accessPolicy;
    private final PlanService plans;

    @Inject
    public PlanResource(AccessPolicy accessPolicy, PlanService plans) {
        this.accessPolicy = accessPolicy;
        this.plans = plans;
    }

    @GET
    public PlanDto get(@PathParam("id") String id) {
        Permissions.toSee(accessPolicy, Capability.VIEW_ACCOUNTS, "plan " + id);
        return PlanJson.toDto(plans.get(PlanJson.planId(id)));
    }

    @PUT
    @BodyAccess(see = Capability.VIEW_ACCOUNTS, change = Capability.EDIT_ACCOUNTS, what = "plans")
    public PlanDto edit(@PathParam("id") String id, EditPlanRequest request) {
        return change(id, request, (plan, version, actor) -> plans.editPlan(plan, version,
                new EditPlan(request.title(), request.owner(), request.startDate(), request.targetDate()), actor));
    }

    @POST
    @Path("/transition")
    @BodyAccess(see = Capability.VIEW_ACCOUNTS, change = Capability.EDIT_ACCOUNTS, what = "plans")
    public PlanDto transition(@PathParam("id") String id, TransitionRequest request) {
        return change(id, request, (plan, version, actor) -> plans.transitionPlan(plan, version,
                required("status", WireNames.parse("status", request.status(), PlanStatus.class)), actor));
    }

    @POST
    @Path("/objectives")
    @BodyAccess(see = Capability.VIEW_ACCOUNTS, change = Capability.EDIT_ACCOUNTS, what = "plans")
    public PlanDto addObjective(@PathParam("id") String id, AddObjectiveRequest request) {
        return change(id, request, (plan, version, actor) -> plans.addObjective(plan, version,
                new AddObjective(request.title(), request.successCriteria(), request.dueDate(), request.owner()),
                actor));
    }

    @POST
    @Path("/objectives/{objectiveId}/transition")
    @BodyAccess(see = Capability.VIEW_ACCOUNTS, change = Capability.EDIT_ACCOUNTS, what = "plans")
    public PlanDto transitionObjective(@PathParam("id") String id, @PathParam("objectiveId") String objectiveId,
                                       TransitionRequest request) {
        return change(id, request, (plan, version, actor) -> plans.transitionObjective(plan, version,
                number("objective", objectiveId),
                required("status", WireNames.parse("status", request.status(), ObjectiveStatus.class)), actor));
    }

    @POST
    @Path("/tasks")
    @BodyAccess(see = Capability.VIEW_ACCOUNTS, change = Capability.EDIT_ACCOUNTS, what = "plans")
    public PlanDto addTask(@PathParam("id") String id, AddTaskRequest request) {
        return change(id, request, (plan, version, actor) -> plans.addTask(plan, version,
                new AddTask(request.title(), request.dueDate(), request.linkedIssueKey(), request.objectiveId()),
                actor));
    }

    @POST
    @Path("/tasks/{taskId}/complete")
    @BodyAccess(see = Capability.VIEW_ACCOUNTS, change = Capability.EDIT_ACCOUNTS, what = "plans")
    public PlanDto completeTask(@PathParam("id") String id, @PathParam("taskId") String taskId, VersionRequest request) {
        return change(id, request,
                (plan, version, actor) -> plans.completeTask(plan, version, number("task", taskId), actor));
    }

    @POST
    @Path("/tasks/{taskId}/reopen")
    @BodyAccess(see = Capability.VIEW_ACCOUNTS, change = Capability.EDIT_ACCOUNTS, what = "plans")
    public PlanDto reopenTask(@PathParam("id") String id, @PathParam("taskId") String taskId, VersionRequest request) {
        return change(id, request,
                (plan, version, actor) -> plans.reopenTask(plan, version, number("task", taskId), actor));
    }

    /** One change of plan {@code id} by an editor of accounts, at the version the caller last read. */
    private PlanDto change(String id, ChangeRequest request, PlanChange change) {
        Caller caller = editor(id);
        return PlanJson.toDto(change.apply(PlanJson.planId(id), PlanJson.version(request.version()),
                Permissions.actor(caller)));
    }

    /** A {@link PlanService} call that changes a plan. */
    @FunctionalInterface
    private interface PlanChange {
        SuccessPlan apply(PlanId plan, long expectedVersion, String actor);
    }

    private Caller editor(String id) {
        return Permissions.toChange(accessPolicy, Capability.VIEW_ACCOUNTS, Capability.EDIT_ACCOUNTS, "plan " + id);
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new io.successdesk.app.InvalidInputException(field, "is required");
        }
        return value;
    }

    private static int number(String what, String value) {
        if (!value.matches("\\d{1,9}")) {
            throw new io.successdesk.app.NotFoundException(what + " " + value);
        }
        return Integer.parseInt(value);
    }
}
