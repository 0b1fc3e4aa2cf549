package io.successdesk.app.config;

/** Port: where the admin configuration lives (Jira's plugin settings; shared by every cluster node). */
public interface SettingsStore {

    /** The current settings; {@link SuccessDeskSettings#defaults()} before an admin saved any. */
    SuccessDeskSettings load();

    void save(SuccessDeskSettings settings);
}
