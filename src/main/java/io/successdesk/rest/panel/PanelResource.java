package io.successdesk.rest.panel;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.NotFoundException;
import io.successdesk.app.issue.BrowsableIssue;
import io.successdesk.app.issue.IssueAccess;
import io.successdesk.app.panel.PanelService;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Caller;
import io.successdesk.app.security.Capability;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The issue panel (docs/product.md §9): whoever may browse the issue; ARR only for financial viewers. */
@Path("/panel")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class PanelResource {

    private final AccessPolicy accessPolicy;
    private final IssueAccess issues;
    private final PanelService panels;

    @Inject
    public PanelResource(AccessPolicy accessPolicy, IssueAccess issues, PanelService panels) {
        this.accessPolicy = accessPolicy;
        this.issues = issues;
        this.panels = panels;
    }

    @GET
    @Path("/{issueKey}")
    public PanelDto get(@PathParam("issueKey") String issueKey) {
        Caller caller = accessPolicy.currentCaller();
        BrowsableIssue issue = browsable(issues, issueKey);
        return PanelJson.toDto(panels.panel(issue), caller);
    }

    /** The issue when the caller may browse it; 404 when it is absent or hidden from them (keys cannot be probed). */
    static BrowsableIssue browsable(IssueAccess issues, String issueKey) {
        return issues.browsable(issueKey).orElseThrow(() -> new NotFoundException("issue " + issueKey));
    }
}
