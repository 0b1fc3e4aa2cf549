package io.successdesk.app.issue;

import java.util.Objects;
import java.util.Optional;

/**
 * An issue the current user may browse, as the issue panel needs it.
 *
 * @param issueId        Jira's issue id
 * @param issueKey       the current key, e.g. {@code SUP-12}
 * @param projectKey     the project's key
 * @param summary        the summary
 * @param reporterEmail  the reporter's e-mail address, when known
 */
public record BrowsableIssue(long issueId, String issueKey, String projectKey, String summary,
                             Optional<String> reporterEmail) {

    public BrowsableIssue {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(reporterEmail, "reporterEmail");
    }
}
