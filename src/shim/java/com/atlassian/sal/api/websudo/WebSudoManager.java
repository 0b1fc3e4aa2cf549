/*
 * Compile-only shim: only the members SuccessDesk calls (canExecuteRequest; the admin page also calls
 * enforceWebSudoProtection and willExecuteWebSudoRequest, verified below on Platform 8). Checked against the implementations' javadoc
 * https://docs.atlassian.com/atlassian-bamboo/9.5.1/com/atlassian/sal/bamboo/websudo/BambooWebSudoManager.html and
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.3.2/com/atlassian/sal/confluence/websudo/ConfluenceWebSudoManager.html
 * (interface com.atlassian.sal.api.websudo.WebSudoManager: boolean canExecuteRequest(HttpServletRequest)). Those pages
 * show javax.servlet. Re-checked 2026-12-03: on Platform 8 the same interface takes jakarta.servlet requests —
 * Atlassian's Jira Slack app (https://github.com/atlassian-labs/atlassian-slack-integration-server @ 94c50dc, built
 * against jira-api 11.0.0 and Platform 8.0.0), slack-server-integration-common ConfigureServlet.java calls
 * willExecuteWebSudoRequest(request) and enforceWebSudoProtection(request, response) with jakarta.servlet.http types.
 * canExecuteRequest itself is not called there: its jakarta parameter is UNVERIFIED on a Platform 8 page or app
 * (inferred from its sibling methods). Status table: docs/shim-evidence.md. Never packaged.
 */
package com.atlassian.sal.api.websudo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

public interface WebSudoManager {
    boolean canExecuteRequest(HttpServletRequest request);

    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);

    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;
}
