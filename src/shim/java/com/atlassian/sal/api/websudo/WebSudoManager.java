/*
 * Compile-only shim: only the member SuccessDesk calls. Checked against the implementations' javadoc
 * https://docs.atlassian.com/atlassian-bamboo/9.5.1/com/atlassian/sal/bamboo/websudo/BambooWebSudoManager.html and
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.3.2/com/atlassian/sal/confluence/websudo/ConfluenceWebSudoManager.html
 * (interface com.atlassian.sal.api.websudo.WebSudoManager: boolean canExecuteRequest(HttpServletRequest)). Those
 * pages show javax.servlet; the jakarta.servlet parameter for SAL 7 / Jira 11 follows the Platform 8 migration and
 * is UNVERIFIED on a SAL 7 page. Never packaged.
 */
package com.atlassian.sal.api.websudo;

import jakarta.servlet.http.HttpServletRequest;

public interface WebSudoManager {
    boolean canExecuteRequest(HttpServletRequest request);
}
