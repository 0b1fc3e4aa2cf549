/*
 * Compile-only shim. Checked against: atlassian-plugins-core javadoc (com.atlassian.plugin.PluginException,
 * a RuntimeException), docs.atlassian.com/atlassian-plugins. Never packaged.
 */
package com.atlassian.plugin;

public class PluginException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PluginException(String message) {
        super(message);
    }
}
