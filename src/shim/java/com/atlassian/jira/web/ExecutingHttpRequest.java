/*
 * Compile-only shim: only the member SuccessDesk calls. static HttpServletRequest get(): used this way by many
 * public Jira plugins (code search); a public Jira 11 compatibility note states that from Jira 11.0 it returns
 * jakarta.servlet.http.HttpServletRequest (javax before). Class, static method. Never packaged.
 */
package com.atlassian.jira.web;

import jakarta.servlet.http.HttpServletRequest;

public class ExecutingHttpRequest {
    public static HttpServletRequest get() {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
