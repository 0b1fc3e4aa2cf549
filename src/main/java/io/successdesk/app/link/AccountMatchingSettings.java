package io.successdesk.app.link;

import io.successdesk.app.config.SuccessDeskSettings;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.MatchingConfiguration;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
  * The admin's part of account resolution (docs/product.md §2): the name of the custom field whose value is an account
  * key
 * or external id (rule 3), and the default account of each support project (rule 5).
 */
public record AccountMatchingSettings(Optional<String> accountFieldName, Map<String, AccountKey> projectDefaultAccounts) {

    public static final int MAX_FIELD_NAME_LENGTH = 255;

    public AccountMatchingSettings {
        Objects.requireNonNull(accountFieldName, "accountFieldName");
        accountFieldName = accountFieldName.map(String::strip).filter(name -> !name.isEmpty());
        accountFieldName.ifPresent(name -> {
            if (name.length() > MAX_FIELD_NAME_LENGTH) {
                throw new IllegalArgumentException("the custom field name is longer than " + MAX_FIELD_NAME_LENGTH);
            }
        });
        projectDefaultAccounts = Map.copyOf(Objects.requireNonNull(projectDefaultAccounts, "projectDefaultAccounts"));
        projectDefaultAccounts.keySet().forEach(project -> {
            if (!SuccessDeskSettings.isProjectKey(project)) {
                throw new IllegalArgumentException("not a Jira project key: '" + project + "'");
            }
        });
    }

    /** No custom field and no project defaults: the other rules only. */
    public static AccountMatchingSettings none() {
        return new AccountMatchingSettings(Optional.empty(), Map.of());
    }

    /** The resolver's configuration for these settings and the support projects. */
    public MatchingConfiguration matching(Set<String> supportProjectKeys) {
        return new MatchingConfiguration(supportProjectKeys, projectDefaultAccounts);
    }
}
