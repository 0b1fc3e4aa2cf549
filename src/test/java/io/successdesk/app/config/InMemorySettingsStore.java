package io.successdesk.app.config;

import java.util.Set;

/** Test fake of the {@link SettingsStore} port. */
public final class InMemorySettingsStore implements SettingsStore {

    private SuccessDeskSettings settings = SuccessDeskSettings.defaults();

    /** Settings whose support projects are {@code projectKeys}, default groups. */
    public static InMemorySettingsStore supporting(String... projectKeys) {
        InMemorySettingsStore store = new InMemorySettingsStore();
        SuccessDeskSettings defaults = SuccessDeskSettings.defaults();
        store.save(new SuccessDeskSettings(Set.of(projectKeys), defaults.csmGroups(), defaults.viewerGroups(),
                defaults.financialViewerGroups()));
        return store;
    }

    @Override
    public synchronized SuccessDeskSettings load() {
        return settings;
    }

    @Override
    public synchronized void save(SuccessDeskSettings next, Set<SettingsPart> parts) {
        settings = SettingsPart.merge(next, settings, parts);
    }
}
