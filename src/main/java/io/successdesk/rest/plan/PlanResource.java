package io.successdesk.rest.plan;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.plan.PlanCommands.AddObjective;
import io.successdesk.app.plan.PlanCommands.AddTask;
import io.successdesk.app.plan.PlanCommands.EditPlan;
import io.successdesk.app.plan.PlanService;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Caller;
import io.successdesk.app.security.Capability;
import io.successdesk.domain.plan.ObjectiveStatus;
import io.successdesk.domain.plan.PlanStatus;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.WireNames;
import io.successdesk.rest.plan.PlanDtos.AddObjectiveRequest;
import io.successdesk.rest.plan.PlanDtos.AddTaskRequest;
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
    public PlanDto edit(@PathParam("id") String id, EditPlanRequest request) {
        Caller caller = editor(id);
        return PlanJson.toDto(plans.editPlan(PlanJson.planId(id), PlanJson.version(request.version()),
                new EditPlan(request.title(), request.owner(), request.startDate(), request.targetDate()),
                Permissions.actor(caller)));
    }

    @POST
    @Path("/transition")
    public PlanDto transition(@PathParam("id") String id, TransitionRequest request) {
        Caller caller = editor(id);
        return PlanJson.toDto(plans.transitionPlan(PlanJson.planId(id), PlanJson.version(request.version()),
                required("status", WireNames.parse("status", request.status(), PlanStatus.class)),
                Permissions.actor(caller)));
    }

    @POST
    @Path("/objectives")
    public PlanDto addObjective(@PathParam("id") String id, AddObjectiveRequest request) {
        Caller caller = editor(id);
        return PlanJson.toDto(plans.addObjective(PlanJson.planId(id), PlanJson.version(request.version()),
                new AddObjective(request.title(), request.successCriteria(), request.dueDate(), request.owner()),
                Permissions.actor(caller)));
    }

    @POST
    @Path("/objectives/{objectiveId}/transition")
    public PlanDto transitionObjective(@PathParam("id") String id, @PathParam("objectiveId") String objectiveId,
                                       TransitionRequest request) {
        Caller caller = editor(id);
        return PlanJson.toDto(plans.transitionObjective(PlanJson.planId(id), PlanJson.version(request.version()),
                number("objective", objectiveId),
                required("status", WireNames.parse("status", request.status(), ObjectiveStatus.class)),
                Permissions.actor(caller)));
    }

    @POST
    @Path("/tasks")
    public PlanDto addTask(@PathParam("id") String id, AddTaskRequest request) {
        Caller caller = editor(id);
        return PlanJson.toDto(plans.addTask(PlanJson.planId(id), PlanJson.version(request.version()),
                new AddTask(request.title(), request.dueDate(), request.linkedIssueKey(), request.objectiveId()),
                Permissions.actor(caller)));
    }

    @POST
    @Path("/tasks/{taskId}/complete")
    public PlanDto completeTask(@PathParam("id") String id, @PathParam("taskId") String taskId, VersionRequest request) {
        Caller caller = editor(id);
        return PlanJson.toDto(plans.completeTask(PlanJson.planId(id), PlanJson.version(request.version()),
                number("task", taskId), Permissions.actor(caller)));
    }

    @POST
    @Path("/tasks/{taskId}/reopen")
    public PlanDto reopenTask(@PathParam("id") String id, @PathParam("taskId") String taskId, VersionRequest request) {
        Caller caller = editor(id);
        return PlanJson.toDto(plans.reopenTask(PlanJson.planId(id), PlanJson.version(request.version()),
                number("task", taskId), Permissions.actor(caller)));
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
