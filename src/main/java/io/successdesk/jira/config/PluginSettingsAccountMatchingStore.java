package io.successdesk.jira.config;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.successdesk.app.link.AccountMatchingSettings;
import io.successdesk.app.link.AccountMatchingSettingsStore;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.ticket.TicketKind;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link AccountMatchingSettingsStore} in Jira's global plugin settings: a String and two {@code Map<String, String>}. */
@Named
public class PluginSettingsAccountMatchingStore implements AccountMatchingSettingsStore {

    /** The field's id; the display name an earlier version stored under "accountFieldName" is not read. */
    static final String ACCOUNT_FIELD = PluginSettingsStore.PREFIX + "accountFieldId";
    static final String PROJECT_DEFAULTS = PluginSettingsStore.PREFIX + "projectDefaultAccounts";
    static final String ISSUE_TYPE_KINDS = PluginSettingsStore.PREFIX + "issueTypeKinds";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public PluginSettingsAccountMatchingStore(@ComponentImport PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    @Override
    public AccountMatchingSettings load() {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        Optional<String> field = settings.get(ACCOUNT_FIELD) instanceof String id && AccountMatchingSettings.isCustomFieldId(id)
                ? Optional.of(id) : Optional.empty();
        Map<String, AccountKey> defaults = new TreeMap<>();
        if (settings.get(PROJECT_DEFAULTS) instanceof Map<?, ?> stored) {
            stored.forEach((project, account) -> {
                if (AccountKey.isValid(String.valueOf(account))) {
                    defaults.put(String.valueOf(project), AccountKey.of(String.valueOf(account)));
                }
            });
        }
        Map<String, TicketKind> kinds = new TreeMap<>();
        if (settings.get(ISSUE_TYPE_KINDS) instanceof Map<?, ?> stored) {
            stored.forEach((issueType, kind) -> {
                Optional<TicketKind> known = Arrays.stream(TicketKind.values())
                        .filter(candidate -> candidate.name().equals(String.valueOf(kind))).findFirst();
                if (AccountMatchingSettings.isIssueTypeId(String.valueOf(issueType)) && known.isPresent()) {
                    kinds.put(String.valueOf(issueType), known.get());
                }
            });
        }
        return new AccountMatchingSettings(field, defaults, kinds);
    }

    @Override
    public void save(AccountMatchingSettings matching) {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        if (matching.accountFieldId().isPresent()) {
            settings.put(ACCOUNT_FIELD, matching.accountFieldId().get());
        } else {
            settings.remove(ACCOUNT_FIELD);
        }
        Map<String, String> defaults = new TreeMap<>();
        matching.projectDefaultAccounts().forEach((project, account) -> defaults.put(project, account.value()));
        settings.put(PROJECT_DEFAULTS, defaults);
        Map<String, String> kinds = new TreeMap<>();
        matching.issueTypeKinds().forEach((issueType, kind) -> kinds.put(issueType, kind.name()));
        settings.put(ISSUE_TYPE_KINDS, kinds);
    }
}
