/*
 * Compile-only shim. Checked against: atlassian-plugins-webresource-api javadoc,
 * com.atlassian.webresource.api.assembler.PageBuilderService (WebResourceAssembler assembler()). Never packaged.
 */
package com.atlassian.webresource.api.assembler;

public interface PageBuilderService {
    WebResourceAssembler assembler();
}
