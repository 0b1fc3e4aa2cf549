package io.successdesk.domain.account;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The admin's matching settings (docs/product.md §2): which projects are support projects, and the default
 * account of some of them.
 *
 * @param supportProjectKeys          keys of the projects whose issues are matched at all
 * @param defaultAccountByProjectKey  project key → default account; every key must be a support project
 */
public record MatchingConfiguration(Set<String> supportProjectKeys, Map<String, AccountKey> defaultAccountByProjectKey) {

    public MatchingConfiguration {
        supportProjectKeys = Set.copyOf(Objects.requireNonNull(supportProjectKeys, "supportProjectKeys"));
        defaultAccountByProjectKey = Map.copyOf(Objects.requireNonNull(defaultAccountByProjectKey, "defaultAccountByProjectKey"));
        for (String project : defaultAccountByProjectKey.keySet()) {
            if (!supportProjectKeys.contains(project)) {
                throw new IllegalArgumentException("project " + project + " has a default account but is not a support project");
            }
        }
    }

    public boolean isSupportProject(String projectKey) {
        return supportProjectKeys.contains(projectKey);
    }

    public Optional<AccountKey> defaultAccountOf(String projectKey) {
        return Optional.ofNullable(defaultAccountByProjectKey.get(projectKey));
    }
}
