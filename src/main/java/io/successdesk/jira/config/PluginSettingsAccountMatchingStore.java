package io.successdesk.jira.config;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.successdesk.app.link.AccountMatchingSettings;
import io.successdesk.app.link.AccountMatchingSettingsStore;
import io.successdesk.domain.account.AccountKey;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link AccountMatchingSettingsStore} in Jira's global plugin settings: a String and a {@code Map<String, String>}. */
@Named
public class PluginSettingsAccountMatchingStore implements AccountMatchingSettingsStore {

    static final String ACCOUNT_FIELD = PluginSettingsStore.PREFIX + "accountFieldName";
    static final String PROJECT_DEFAULTS = PluginSettingsStore.PREFIX + "projectDefaultAccounts";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public PluginSettingsAccountMatchingStore(@ComponentImport PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    @Override
    public AccountMatchingSettings load() {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        Optional<String> field = settings.get(ACCOUNT_FIELD) instanceof String name ? Optional.of(name) : Optional.empty();
        Map<String, AccountKey> defaults = new TreeMap<>();
        if (settings.get(PROJECT_DEFAULTS) instanceof Map<?, ?> stored) {
            stored.forEach((project, account) -> {
                if (AccountKey.isValid(String.valueOf(account))) {
                    defaults.put(String.valueOf(project), AccountKey.of(String.valueOf(account)));
                }
            });
        }
        return new AccountMatchingSettings(field, defaults);
    }

    @Override
    public void save(AccountMatchingSettings matching) {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        if (matching.accountFieldName().isPresent()) {
            settings.put(ACCOUNT_FIELD, matching.accountFieldName().get());
        } else {
            settings.remove(ACCOUNT_FIELD);
        }
        Map<String, String> defaults = new TreeMap<>();
        matching.projectDefaultAccounts().forEach((project, account) -> defaults.put(project, account.value()));
        settings.put(PROJECT_DEFAULTS, defaults);
    }
}
