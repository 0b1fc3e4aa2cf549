package io.successdesk.rest.admin;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.successdesk.app.InvalidInputException;
import io.successdesk.app.config.SettingsStore;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Capability;
import io.successdesk.app.ticket.UnmatchedIssue;
import io.successdesk.app.ticket.UnmatchedIssueStore;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.AccountResolution;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.QueryParams;
import io.successdesk.rest.WireNames;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The issues of the support projects without an account (none matched, or several), by issue id, a page at a time after the last
 * issue id seen: Jira administrators only. Linking one goes through {@code PUT /issues/{key}/account}, which takes it
 * off the list.
 */
@Path("/unmatched-issues")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class UnmatchedIssuesResource {

    private static final int DEFAULT_LIMIT = 25;

    private final AccessPolicy accessPolicy;
    private final UnmatchedIssueStore unmatched;
    private final SettingsStore settings;

    @Inject
    public UnmatchedIssuesResource(AccessPolicy accessPolicy, UnmatchedIssueStore unmatched, SettingsStore settings) {
        this.accessPolicy = accessPolicy;
        this.unmatched = unmatched;
        this.settings = settings;
    }

    /** {@code after}: the last issue id of the previous page (absent for the first); {@code next} is absent on the last. */
    @GET
    public PageDto list(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        Permissions.toSee(accessPolicy, Capability.ADMINISTER, "unmatched issues");
        long afterIssueId = after == null ? 0 : QueryParams.requiredLong("after", after);
        if (afterIssueId < 0) {
            throw new InvalidInputException("after", "must be an issue id (0 or more)");
        }
        int size = QueryParams.integer("limit", limit, DEFAULT_LIMIT);
        if (size < 1 || size > UnmatchedIssueStore.MAX_PAGE) {
            throw new InvalidInputException("limit", "must be 1 to " + UnmatchedIssueStore.MAX_PAGE);
        }
        Set<String> projects = Set.copyOf(settings.load().supportProjectKeys());
        List<UnmatchedIssue> page = unmatched.page(projects, afterIssueId, size);
        Long next = page.size() < size ? null : page.get(page.size() - 1).issueId();
        return new PageDto(page.stream().map(UnmatchedIssuesResource::toDto).toList(), next, unmatched.count(projects));
    }

    private static IssueDto toDto(UnmatchedIssue issue) {
        if (issue.resolution() instanceof AccountResolution.Ambiguous ambiguous) {
            return new IssueDto(issue.issueId(), issue.issueKey(), issue.projectKey(), "ambiguous",
                    WireNames.of(ambiguous.conflict()), ambiguous.claimed(),
                    ambiguous.candidates().stream().map(AccountKey::value).toList(), issue.seenAt());
        }
        AccountResolution.Unmatched none = (AccountResolution.Unmatched) issue.resolution();
        return new IssueDto(issue.issueId(), issue.issueKey(), issue.projectKey(), "unmatched",
                WireNames.of(none.reason()), null, null, issue.seenAt());
    }

    /** {@code state} unmatched or ambiguous; {@code reason} a code (as the issue panel's); claimed/candidates when ambiguous. */
    public record IssueDto(long issueId, String issueKey, String projectKey, String state, String reason,
                           List<String> claimed, List<String> candidates, Instant seenAt) {
    }

    public record PageDto(List<IssueDto> items, Long next, long total) {
    }
}
