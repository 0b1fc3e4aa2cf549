package io.successdesk.jira.issue;

import io.successdesk.app.issue.OrganizationSource;
import jakarta.inject.Named;

import java.util.Set;

/**
 * {@link OrganizationSource} without JSM: no request has an organization. The JSM adapter (branch jira-outbound)
 * replaces this class with one that reads the request's organizations when JSM is installed.
 */
@Named
public class NoJsmOrganizations implements OrganizationSource {

    @Override
    public Set<Long> organizationIdsOf(long issueId) {
        return Set.of();
    }
}
