package io.successdesk.sandbox;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Stand-in for SAL plugin settings: one global key-value map, as Jira keeps it in its database. */
public final class SandboxPluginSettings implements PluginSettingsFactory, PluginSettings {

    private final Map<String, Object> values = new ConcurrentHashMap<>();

    @Override
    public PluginSettings createGlobalSettings() {
        return this;
    }

    @Override
    public Object get(String key) {
        return values.get(key);
    }

    @Override
    public Object put(String key, Object value) {
        return value == null ? values.remove(key) : values.put(key, value);
    }

    @Override
    public Object remove(String key) {
        return values.remove(key);
    }
}
