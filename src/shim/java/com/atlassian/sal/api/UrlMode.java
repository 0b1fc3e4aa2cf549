/*
 * Compile-only shim: the constants SuccessDesk reads (enum; ABSOLUTE, RELATIVE, AUTO seen in public implementations'
 * switch statements). Re-checked 2026-12-03: Atlassian's Jira Slack app, Atlassian's Jira Slack app
 * (https://github.com/atlassian-labs/atlassian-slack-integration-server @ 94c50dc, built against jira-api 11.0.0 and
 * Platform 8.0.0), reads UrlMode.ABSOLUTE (SlackPostFunctionFactory.java) and UrlMode.CANONICAL
 * (DefaultDedicatedChannelManager.java) on Jira 11, so the field SuccessDesk reads exists on Platform 8 (CANONICAL
 * exists too; left out because unused). Status table: docs/shim-evidence.md. Never packaged.
 */
package com.atlassian.sal.api;

public enum UrlMode {
    ABSOLUTE, RELATIVE, AUTO
}
