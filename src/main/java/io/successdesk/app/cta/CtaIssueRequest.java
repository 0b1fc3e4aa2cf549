package io.successdesk.app.cta;

import java.util.Objects;
import java.util.Optional;

/**
 * What to create in Jira for a CTA.
 *
 * @param projectKey       the CS project
 * @param issueTypeId      the configured issue type
 * @param runAsUserKey     the Jira user (key) the issue is created as
 * @param assigneeUserKey  the account's CSM (Jira user key); empty leaves the project's default assignee
 * @param summary          one line
 * @param description      Jira wiki markup
 */
public record CtaIssueRequest(String projectKey, String issueTypeId, String runAsUserKey,
                              Optional<String> assigneeUserKey, String summary, String description) {

    public CtaIssueRequest {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(issueTypeId, "issueTypeId");
        Objects.requireNonNull(runAsUserKey, "runAsUserKey");
        Objects.requireNonNull(assigneeUserKey, "assigneeUserKey");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
    }
}
