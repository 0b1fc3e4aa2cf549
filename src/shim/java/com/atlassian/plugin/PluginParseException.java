/*
 * Compile-only shim. Checked against: atlassian-plugins javadoc, com.atlassian.plugin.PluginParseException
 * extends PluginException (docs.atlassian.com/atlassian-plugins-parent/2.11.2-m2 xref of Condition). Never packaged.
 */
package com.atlassian.plugin;

public class PluginParseException extends PluginException {
    private static final long serialVersionUID = 1L;

    public PluginParseException(String message) {
        super(message);
    }
}
