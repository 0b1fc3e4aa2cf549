package io.successdesk.rest.panel;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.InvalidInputException;
import io.successdesk.app.issue.BrowsableIssue;
import io.successdesk.app.issue.IssueAccess;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Caller;
import io.successdesk.app.sync.ManualLinkService;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.rest.Permissions;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
  * The manual issue → account link (docs/product.md §2 rule 1). Rule: whoever may browse a support issue may link it —
  * in a
 * support project that is the agents and CSMs (portal customers cannot browse issues); everyone else gets 404.
 * Audited by {@link ManualLinkService}.
 */
@Path("/issues/{issueKey}/account")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@LicensedOnly
public class IssueLinkResource {

    /** The body of a link: {@code {"accountKey": "ACME"}}. */
    public record LinkRequest(String accountKey) {
    }

    /** The answer: the issue and the account it is now linked to. */
    public record LinkDto(String issueKey, String accountKey, String matchedBy) {
    }

    private final AccessPolicy accessPolicy;
    private final IssueAccess issues;
    private final ManualLinkService links;

    @Inject
    public IssueLinkResource(AccessPolicy accessPolicy, IssueAccess issues, ManualLinkService links) {
        this.accessPolicy = accessPolicy;
        this.issues = issues;
        this.links = links;
    }

    @PUT
    public LinkDto link(@PathParam("issueKey") String issueKey, LinkRequest request) {
        Caller caller = accessPolicy.currentCaller();
        BrowsableIssue issue = PanelResource.browsable(issues, issueKey);
        if (request.accountKey() == null || !AccountKey.isValid(request.accountKey())) {
            throw new InvalidInputException("accountKey", "must be an account key like ACME");
        }
        AccountKey account = AccountKey.of(request.accountKey());
        links.link(issue.issueId(), account, Permissions.actor(caller));
        return new LinkDto(issue.issueKey(), account.value(), "manual-link");
    }

    @DELETE
    public Response unlink(@PathParam("issueKey") String issueKey) {
        Caller caller = accessPolicy.currentCaller();
        BrowsableIssue issue = PanelResource.browsable(issues, issueKey);
        links.unlink(issue.issueId(), Permissions.actor(caller));
        return Response.noContent().build();
    }
}
