/*
 * Compile-only shim: only the member SuccessDesk calls. boolean isPluginEnabled(String key) on the PluginAccessor
 * interface ("Whether or not a given plugin is currently enabled."), per the atlassian-plugins source and its
 * implementations (DefaultPluginManager: plugin != null && plugin.getPluginState() == PluginState.ENABLED); the
 * interface is listed by https://docs.atlassian.com/atlassian-plugins-parent/5.2.2/apidocs/com/atlassian/plugin/manager/EnabledModuleCachingPluginAccessor.html.
 * Never packaged.
 */
package com.atlassian.plugin;

public interface PluginAccessor {
    boolean isPluginEnabled(String key);
}
