/*
 * Compile-only shim. Checked against: sal-api javadoc com.atlassian.sal.api.pluginsettings.PluginSettingsFactory
 * (PluginSettings createGlobalSettings()). Never packaged.
 */
package com.atlassian.sal.api.pluginsettings;

public interface PluginSettingsFactory {
    PluginSettings createGlobalSettings();
}
