package io.successdesk.app.link;

import io.successdesk.app.config.SuccessDeskSettings;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.MatchingConfiguration;
import io.successdesk.domain.ticket.TicketKind;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The admin's settings for reading support issues (docs/product.md §2 and §3), each Jira object named by its id: the
 * id of the custom field whose value is an account key or external id (rule 3, e.g. {@code customfield_10200}), the
 * default account of each support project (rule 5), and the ticket kind of each issue type id.
 */
public record AccountMatchingSettings(Optional<String> accountFieldId, Map<String, AccountKey> projectDefaultAccounts,
                                      Map<String, TicketKind> issueTypeKinds) {

    private static final Pattern CUSTOM_FIELD_ID = Pattern.compile("customfield_[1-9][0-9]{0,17}");
    private static final Pattern ISSUE_TYPE_ID = Pattern.compile("[1-9][0-9]{0,17}");

    public AccountMatchingSettings {
        Objects.requireNonNull(accountFieldId, "accountFieldId");
        accountFieldId = accountFieldId.map(String::strip).filter(id -> !id.isEmpty());
        accountFieldId.ifPresent(id -> {
            if (!isCustomFieldId(id)) {
                throw new IllegalArgumentException("not a custom field id such as customfield_10200: '" + id + "'");
            }
        });
        projectDefaultAccounts = Map.copyOf(Objects.requireNonNull(projectDefaultAccounts, "projectDefaultAccounts"));
        projectDefaultAccounts.keySet().forEach(project -> {
            if (!SuccessDeskSettings.isProjectKey(project)) {
                throw new IllegalArgumentException("not a Jira project key: '" + project + "'");
            }
        });
        issueTypeKinds = Map.copyOf(Objects.requireNonNull(issueTypeKinds, "issueTypeKinds"));
        issueTypeKinds.keySet().forEach(id -> {
            if (!isIssueTypeId(id)) {
                throw new IllegalArgumentException("not an issue type id: '" + id + "'");
            }
        });
    }

    /** Settings without an issue-type mapping: every issue type gets its default kind. */
    public AccountMatchingSettings(Optional<String> accountFieldId, Map<String, AccountKey> projectDefaultAccounts) {
        this(accountFieldId, projectDefaultAccounts, Map.of());
    }

    /** No custom field, no project defaults, no issue-type mapping: the other rules and the default kinds only. */
    public static AccountMatchingSettings none() {
        return new AccountMatchingSettings(Optional.empty(), Map.of());
    }

    public static boolean isCustomFieldId(String id) {
        return CUSTOM_FIELD_ID.matcher(id).matches();
    }

    public static boolean isIssueTypeId(String id) {
        return ISSUE_TYPE_ID.matcher(id).matches();
    }

    /** The resolver's configuration for these settings and the support projects. */
    public MatchingConfiguration matching(Set<String> supportProjectKeys) {
        return new MatchingConfiguration(supportProjectKeys, projectDefaultAccounts);
    }
}
