/*
 * Compile-only shim. Checked against: atlassian-plugins-webfragment-api ContextProvider
 * (docs.atlassian.com/atlassian-plugins-webfragment). Never packaged.
 */
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;

import java.util.Map;

public interface ContextProvider {
    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
