package io.successdesk.sandbox;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stand-in for SAL plugin settings: one global key-value table in the shared database, as Jira keeps them, so every
 * node reads what any node wrote. Values are the types SAL allows (String, List of String, Map of String to String),
 * stored as copies: a caller never shares an instance with the store.
 */
final class SandboxPluginSettings implements PluginSettingsFactory, PluginSettings {

    static final String TABLE = "SBX_PLUGIN_SETTING";

    private final SandboxSql sql;

    SandboxPluginSettings(SandboxSql sql) {
        this.sql = sql;
    }

    @Override
    public PluginSettings createGlobalSettings() {
        return this;
    }

    @Override
    public Object get(String key) {
        return sql.query("SELECT SETTING_VALUE FROM " + TABLE + " WHERE SETTING_KEY = ?", row -> row.getString(1), key)
                .stream().findFirst().map(SandboxPluginSettings::decode).orElse(null);
    }

    @Override
    public Object put(String key, Object value) {
        Object previous = get(key);
        if (value == null) {
            sql.update("DELETE FROM " + TABLE + " WHERE SETTING_KEY = ?", key);
            return previous;
        }
        String encoded = encode(value);
        if (sql.update("UPDATE " + TABLE + " SET SETTING_VALUE = ? WHERE SETTING_KEY = ?", encoded, key) == 0) {
            sql.insertIfAbsent("INSERT INTO " + TABLE + " (SETTING_KEY, SETTING_VALUE) VALUES (?, ?)", key, encoded);
        }
        return previous;
    }

    @Override
    public Object remove(String key) {
        return put(key, null);
    }

    private static String encode(Object value) {
        Serializable copy;
        if (value instanceof String text) {
            copy = text;
        } else if (value instanceof List<?> list) {
            copy = new ArrayList<>(list.stream().map(String.class::cast).toList());
        } else if (value instanceof Map<?, ?> map) {
            HashMap<String, String> strings = new HashMap<>();
            map.forEach((k, v) -> strings.put((String) k, (String) v));
            copy = strings;
        } else {
            throw new IllegalArgumentException("plugin settings hold String, List or Map, not " + value.getClass());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(copy);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private static Object decode(String stored) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(stored)))) {
            return in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("unreadable plugin setting", e);
        }
    }
}
