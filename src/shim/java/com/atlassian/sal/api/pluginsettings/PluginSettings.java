/*
 * Compile-only shim. Checked against: sal-api javadoc com.atlassian.sal.api.pluginsettings.PluginSettings
 * (Object get(String), Object put(String, Object), Object remove(String); values String, List<String> or
 * Map<String,String>). Never packaged.
 */
package com.atlassian.sal.api.pluginsettings;

public interface PluginSettings {
    Object get(String key);

    Object put(String key, Object value);

    Object remove(String key);
}
