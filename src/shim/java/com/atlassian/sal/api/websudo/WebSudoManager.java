/*
 * Compile-only shim: only the members SuccessDesk calls. Checked against the SAL 3.0.0 javadoc
 * https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/websudo/WebSudoManager.html and the
 * implementations' javadoc (Bamboo 9.0.1 BambooWebSudoManager, Confluence 5.7.6 ConfluenceWebSudoManager):
 * boolean canExecuteRequest(HttpServletRequest); void enforceWebSudoProtection(HttpServletRequest,
 * HttpServletResponse); void willExecuteWebSudoRequest(HttpServletRequest) throws WebSudoSessionException. Those
 * pages show javax.servlet; the jakarta.servlet parameters for SAL 7 / Jira 11 follow the Platform 8 migration and
 * are UNVERIFIED on a SAL 7 page. Never packaged.
 */
package com.atlassian.sal.api.websudo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

public interface WebSudoManager {
    boolean canExecuteRequest(HttpServletRequest request);

    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);

    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;
}
