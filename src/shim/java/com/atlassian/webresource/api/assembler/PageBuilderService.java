/*
 * Compile-only shim. Checked against: atlassian-plugins-webresource-api javadoc,
 * com.atlassian.webresource.api.assembler.PageBuilderService (WebResourceAssembler assembler()),
 * ../shared/reference/jira-platform.md §4.9. Never packaged.
 */
package com.atlassian.webresource.api.assembler;

public interface PageBuilderService {
    WebResourceAssembler assembler();
}
