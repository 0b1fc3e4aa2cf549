package io.successdesk.domain.account;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What account resolution needs to know about one Jira issue, free of Jira types.
 *
 * @param projectKey          the issue's project key, e.g. {@code SUP}
 * @param reporterEmail       the reporter's e-mail address, when known
 * @param jsmOrganizationIds  the JSM organizations of the request (empty without JSM)
 * @param customFieldValue    the value of the configured account custom field, when set
 * @param manualLink          the account an agent or CSM linked the issue to, when set
 */
public record IssueFacts(String projectKey, Optional<String> reporterEmail, Set<Long> jsmOrganizationIds,
                         Optional<String> customFieldValue, Optional<AccountKey> manualLink) {

    public IssueFacts {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(reporterEmail, "reporterEmail");
        jsmOrganizationIds = Set.copyOf(Objects.requireNonNull(jsmOrganizationIds, "jsmOrganizationIds"));
        Objects.requireNonNull(customFieldValue, "customFieldValue");
        Objects.requireNonNull(manualLink, "manualLink");
    }

    /** An issue in {@code projectKey} with nothing else known. */
    public static IssueFacts inProject(String projectKey) {
        return new IssueFacts(projectKey, Optional.empty(), Set.of(), Optional.empty(), Optional.empty());
    }

    public IssueFacts withReporterEmail(String email) {
        return new IssueFacts(projectKey, Optional.of(email), jsmOrganizationIds, customFieldValue, manualLink);
    }

    public IssueFacts withJsmOrganizations(Set<Long> organizationIds) {
        return new IssueFacts(projectKey, reporterEmail, organizationIds, customFieldValue, manualLink);
    }

    public IssueFacts withCustomFieldValue(String value) {
        return new IssueFacts(projectKey, reporterEmail, jsmOrganizationIds, Optional.of(value), manualLink);
    }

    public IssueFacts withManualLink(AccountKey account) {
        return new IssueFacts(projectKey, reporterEmail, jsmOrganizationIds, customFieldValue, Optional.of(account));
    }
}
