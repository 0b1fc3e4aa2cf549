/*
 * Compile-only shim. Checked against: atlassian-plugins-webresource-api javadoc,
 * com.atlassian.webresource.api.assembler.WebResourceAssembler (RequiredResources resources()). Never packaged.
 */
package com.atlassian.webresource.api.assembler;

public interface WebResourceAssembler {
    RequiredResources resources();
}
