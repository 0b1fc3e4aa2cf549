package io.successdesk.rest.admin;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.successdesk.app.config.PickerChoices;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Capability;
import io.successdesk.rest.Permissions;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Jira's projects and groups for the admin page's pickers: Jira administrators only. */
@Path("/config/choices")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class PickerChoicesResource {

    /** Most projects and most groups one answer lists ({@code truncated} says when there were more). */
    static final int MAX_CHOICES = 2000;

    private final AccessPolicy accessPolicy;
    private final PickerChoices choices;

    @Inject
    public PickerChoicesResource(AccessPolicy accessPolicy, PickerChoices choices) {
        this.accessPolicy = accessPolicy;
        this.choices = choices;
    }

    @GET
    public PickerChoicesDto get() {
        Permissions.toSee(accessPolicy, Capability.ADMINISTER, "configuration");
        List<PickerChoices.ProjectChoice> projects = choices.projects();
        List<String> groups = choices.groups();
        return new PickerChoicesDto(projects.stream().limit(MAX_CHOICES)
                .map(project -> new PickerChoicesDto.Project(project.key(), project.name())).toList(),
                groups.stream().limit(MAX_CHOICES).toList(),
                projects.size() > MAX_CHOICES || groups.size() > MAX_CHOICES);
    }
}
