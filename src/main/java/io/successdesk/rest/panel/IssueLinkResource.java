package io.successdesk.rest.panel;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.successdesk.app.InvalidInputException;
import io.successdesk.app.NotFoundException;
import io.successdesk.app.config.SettingsService;
import io.successdesk.app.issue.BrowsableIssue;
import io.successdesk.app.issue.IssueAccess;
import io.successdesk.app.link.ManualLinkService;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Caller;
import io.successdesk.app.security.Capability;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.rest.BodyAccess;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.json.StrictJson;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;

/**
 * The manual issue → account link (docs/product.md §2 rule 1). Rule: whoever may browse an issue of a support
 * project and may view accounts may link it (CSMs, viewers who are agents, admins); everyone else gets 404 — the same
 * 404 whether the issue, the account or the right is missing, so neither issue nor account keys can be probed. The
 * body is read only after these checks. Audited by {@link ManualLinkService}.
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
    private final SettingsService settings;

    @Inject
    public IssueLinkResource(AccessPolicy accessPolicy, IssueAccess issues, ManualLinkService links,
                             SettingsService settings) {
        this.accessPolicy = accessPolicy;
        this.issues = issues;
        this.links = links;
        this.settings = settings;
    }

    /** The body ({@link LinkRequest}) is parsed only once the caller may link this issue. */
    @PUT
    @BodyAccess(see = Capability.VIEW_ACCOUNTS, what = "issue")
    public LinkDto link(@PathParam("issueKey") String issueKey, InputStream body) {
        Caller caller = Permissions.toSee(accessPolicy, Capability.VIEW_ACCOUNTS, "issue " + issueKey);
        BrowsableIssue issue = linkable(issueKey);
        LinkRequest request = StrictJson.read(body, LinkRequest.class);
        if (request.accountKey() == null || !AccountKey.isValid(request.accountKey())) {
            throw new InvalidInputException("accountKey", "must be an account key like ACME");
        }
        AccountKey account = AccountKey.of(request.accountKey());
        links.link(issue.issueId(), account, Permissions.actor(caller));
        return new LinkDto(issue.issueKey(), account.value(), "manual-link");
    }

    @DELETE
    public Response unlink(@PathParam("issueKey") String issueKey) {
        Caller caller = Permissions.toSee(accessPolicy, Capability.VIEW_ACCOUNTS, "issue " + issueKey);
        BrowsableIssue issue = linkable(issueKey);
        links.unlink(issue.issueId(), Permissions.actor(caller));
        return Response.noContent().build();
    }

    /** The issue when the caller may browse it and it belongs to a support project; 404 otherwise. */
    private BrowsableIssue linkable(String issueKey) {
        BrowsableIssue issue = PanelResource.browsable(issues, issueKey);
        if (!settings.load().supportProjectKeys().contains(issue.projectKey())) {
            throw new NotFoundException("issue " + issueKey);
        }
        return issue;
    }
}
