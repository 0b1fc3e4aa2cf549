/*
 * Compile-only shim. Checked against: sal-api javadoc com.atlassian.sal.api.pluginsettings.PluginSettingsFactory
 * (PluginSettings createGlobalSettings()), ../shared/reference/jira-platform.md §4.8. Never packaged.
 */
package com.atlassian.sal.api.pluginsettings;

public interface PluginSettingsFactory {
    PluginSettings createGlobalSettings();
}
