package io.successdesk.app.issue;

import io.successdesk.domain.ticket.StatusCategory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the ledger needs to know about one issue, read from the host off its event thread, free of host types.
 *
 * @param issueId             Jira's issue id
 * @param issueKey            the current key
 * @param summary             the summary (title)
 * @param projectKey          the project's key
 * @param created             when it was created
 * @param reporterKey         the reporter's user key, when there is a reporter
 * @param reporterEmail       the reporter's e-mail address, when known
 * @param comments            its comments, in any order
 * @param resolved            the resolution date, while resolved
 * @param priorityRank        the priority's position in the ordered list, 1 = highest (1 when unknown)
 * @param status              the status category now
 * @param issueTypeId         the issue type's id, e.g. {@code 10004} (empty when Jira gave none)
 * @param issueTypeName       the issue type's name, e.g. {@code Bug}
 * @param jsmOrganizationIds  the JSM organizations of the request (empty without JSM)
 * @param customFieldValue    the value of the account custom field, when set
 */
public record IssueSnapshot(long issueId, String issueKey, String summary, String projectKey, Instant created,
                            Optional<String> reporterKey, Optional<String> reporterEmail, List<CommentFact> comments,
                            Optional<Instant> resolved, int priorityRank, StatusCategory status, String issueTypeId,
                            String issueTypeName,
                            Set<Long> jsmOrganizationIds, Optional<String> customFieldValue) {

    public IssueSnapshot {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(reporterKey, "reporterKey");
        Objects.requireNonNull(reporterEmail, "reporterEmail");
        comments = List.copyOf(comments);
        Objects.requireNonNull(resolved, "resolved");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(issueTypeId, "issueTypeId");
        Objects.requireNonNull(issueTypeName, "issueTypeName");
        jsmOrganizationIds = Set.copyOf(jsmOrganizationIds);
        Objects.requireNonNull(customFieldValue, "customFieldValue");
    }

    /** One comment: who wrote it (user key; empty for anonymous) and when. */
    public record CommentFact(Optional<String> authorKey, Instant created) {
        public CommentFact {
            Objects.requireNonNull(authorKey, "authorKey");
            Objects.requireNonNull(created, "created");
        }
    }
}
