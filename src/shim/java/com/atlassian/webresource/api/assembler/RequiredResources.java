/*
 * Compile-only shim. Checked against: atlassian-plugins-webresource-api javadoc,
 * com.atlassian.webresource.api.assembler.RequiredResources (RequiredResources requireWebResource(String)). Never packaged.
 */
package com.atlassian.webresource.api.assembler;

public interface RequiredResources {
    RequiredResources requireWebResource(String moduleCompleteKey);
}
