package io.successdesk.rest.plan;

import io.successdesk.rest.BodyAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.NotFoundException;
import io.successdesk.app.plan.PlaybookService;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Caller;
import io.successdesk.app.security.Capability;
import io.successdesk.domain.plan.PlaybookId;
import io.successdesk.domain.plan.PlaybookTemplate;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.plan.PlanDtos.TemplateDto;
import io.successdesk.rest.plan.PlanDtos.TemplateListDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.UUID;

/**
 * Playbook templates (docs/product.md §6): account viewers read them, CSMs (who create plans from them) maintain them.
 */
@Path("/plan-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class PlanTemplateResource {

    private final AccessPolicy accessPolicy;
    private final PlaybookService plans;

    @Inject
    public PlanTemplateResource(AccessPolicy accessPolicy, PlaybookService plans) {
        this.accessPolicy = accessPolicy;
        this.plans = plans;
    }

    @GET
    public TemplateListDto list() {
        Permissions.toSee(accessPolicy, Capability.VIEW_ACCOUNTS, "plan templates");
        return new TemplateListDto(plans.templates().stream().map(PlanJson::toDto).toList());
    }

    @POST
    @BodyAccess(see = Capability.VIEW_ACCOUNTS, change = Capability.EDIT_ACCOUNTS, what = "plan templates")
    public Response create(TemplateDto request) {
        Caller caller = editor("plan templates");
        if (request.id() != null) {
            throw new io.successdesk.app.InvalidInputException("id", "must not be sent when creating a template");
        }
        if (request.version() != null) {
            throw new io.successdesk.app.InvalidInputException("version", "must not be sent when creating a template");
        }
        PlaybookTemplate template = PlanJson.toTemplate(new PlaybookId(UUID.randomUUID()), request, 1);
        plans.saveTemplate(template, Permissions.actor(caller));
        return Response.status(Response.Status.CREATED).entity(PlanJson.toDto(template)).build();
    }

    @PUT
    @Path("/{id}")
    @BodyAccess(see = Capability.VIEW_ACCOUNTS, change = Capability.EDIT_ACCOUNTS, what = "plan templates")
    public TemplateDto update(@PathParam("id") String id, TemplateDto request) {
        Caller caller = editor("plan template " + id);
        PlaybookId templateId = existing(id);
        PlaybookTemplate template = PlanJson.toTemplate(templateId, request,
                request.version() == null ? 1 : request.version() + 1);
        if (request.version() == null) {
            throw new io.successdesk.app.InvalidInputException("version", "is required: the version you last read");
        }
        plans.replaceTemplate(template, request.version(), Permissions.actor(caller));
        return PlanJson.toDto(template);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        Caller caller = editor("plan template " + id);
        plans.deleteTemplate(existing(id), Permissions.actor(caller));
        return Response.noContent().build();
    }

    private PlaybookId existing(String id) {
        PlaybookId templateId = PlanJson.templateId(id);
        if (plans.templates().stream().noneMatch(t -> t.id().equals(templateId))) {
            throw new NotFoundException("plan template " + id);
        }
        return templateId;
    }

    private Caller editor(String what) {
        return Permissions.toChange(accessPolicy, Capability.VIEW_ACCOUNTS, Capability.EDIT_ACCOUNTS, what);
    }
}
