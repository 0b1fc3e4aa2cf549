/*
 * Compile-only shim. Checked against:
 * https://docs.atlassian.com/atlassian-plugins-webfragment/2.13.2-m1/atlassian-plugins-webfragment/apidocs/com/atlassian/plugin/web/Condition.html
 * and the Bamboo 12.1.6 javadoc of Maven2BuildWebItemCondition (same two methods, generic maps). Never packaged.
 */
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;

import java.util.Map;

public interface Condition {
    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
