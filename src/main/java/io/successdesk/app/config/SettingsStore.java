package io.successdesk.app.config;

/** Port: where the admin configuration lives (Jira's plugin settings; shared by every cluster node). */
public interface SettingsStore {

    /** The current settings; {@link SuccessDeskSettings#defaults()} before an admin saved any. */
    SuccessDeskSettings load();

    /** Stores every part of {@code settings}. */
    default void save(SuccessDeskSettings settings) {
        save(settings, java.util.EnumSet.allOf(SettingsPart.class));
    }

    /** Stores only the given parts of {@code settings}; what is stored of the other parts stays as it is. */
    void save(SuccessDeskSettings settings, java.util.Set<SettingsPart> parts);
}
