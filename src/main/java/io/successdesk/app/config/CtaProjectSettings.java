package io.successdesk.app.config;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where CTAs become Jira issues: the CS project, the issue type to create, and the Jira user (by key) the issues
 * are created as (docs/product.md §5).
 */
public record CtaProjectSettings(String projectKey, String issueTypeId, String runAsUserKey) {

    private static final Pattern ISSUE_TYPE_ID = Pattern.compile("[0-9]{1,18}");

    public CtaProjectSettings {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(issueTypeId, "issueTypeId");
        Objects.requireNonNull(runAsUserKey, "runAsUserKey");
        if (!SuccessDeskSettings.isProjectKey(projectKey)) {
            throw new IllegalArgumentException("not a Jira project key: '" + projectKey + "'");
        }
        if (!ISSUE_TYPE_ID.matcher(issueTypeId).matches()) {
            throw new IllegalArgumentException("not a Jira issue type id: '" + issueTypeId + "'");
        }
        if (runAsUserKey.isBlank()) {
            throw new IllegalArgumentException("the run-as user key must not be blank");
        }
    }
}
