package io.successdesk.jira;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** SAL plugin settings for tests of the Jira adapters: one global key-value map, shared by whoever holds the factory. */
public final class InMemoryPluginSettings implements PluginSettingsFactory, PluginSettings {

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
