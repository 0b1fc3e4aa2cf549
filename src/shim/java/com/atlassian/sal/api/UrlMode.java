/*
 * Compile-only shim: the constants SuccessDesk reads (enum; ABSOLUTE, RELATIVE, AUTO seen in public implementations'
 * switch statements). Re-checked 2026-12-03: Atlassian's Jira Slack app
 * (https://github.com/atlassian-labs/atlassian-slack-integration-server @ 94c50dc, built against jira-api 11.0.0 and
 * Platform 8.0.0), reads UrlMode.ABSOLUTE (SlackPostFunctionFactory.java) and UrlMode.CANONICAL
 * (DefaultDedicatedChannelManager.java) on Jira 11. CANONICAL (the configured base URL, never the request's) is what
 * SalSiteUrl reads since 2026-12-03; Atlassian's own bug CWD-6422 (https://jira.atlassian.com/browse/CWD-6422) names
 * "com.atlassian.sal.api.ApplicationProperties#getBaseUrl(UrlMode.CANONICAL)" as the SAL call for the configured
 * base URL, and the SAL implementations' javadoc shows the split between canonical and request-derived base URLs
 * (getCanonicalBaseUrl / getBaseUrlFromRequest:
 * https://docs.atlassian.com/atlassian-confluence/5.7/com/atlassian/confluence/api/impl/sal/ConfluenceApplicationProperties.html).
 * Status table: docs/shim-evidence.md. Never packaged.
 */
package com.atlassian.sal.api;

public enum UrlMode {
    ABSOLUTE, RELATIVE, AUTO, CANONICAL
}
