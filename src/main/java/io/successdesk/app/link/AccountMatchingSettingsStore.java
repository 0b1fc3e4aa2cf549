package io.successdesk.app.link;

/** Port: where the account-matching settings live (Jira's plugin settings, shared by every node). */
public interface AccountMatchingSettingsStore {

    /** The current settings; {@link AccountMatchingSettings#none()} before an admin saved any. */
    AccountMatchingSettings load();

    void save(AccountMatchingSettings settings);

    /** A store that always answers {@code settings} and refuses changes (tests, and callers without matching rules). */
    static AccountMatchingSettingsStore fixed(AccountMatchingSettings settings) {
        return new AccountMatchingSettingsStore() {
            @Override
            public AccountMatchingSettings load() {
                return settings;
            }

            @Override
            public void save(AccountMatchingSettings ignored) {
                throw new UnsupportedOperationException("fixed account-matching settings");
            }
        };
    }
}
