/*
 * Compile-only shim. com.atlassian.sal.api.websudo.WebSudoSessionException is the checked exception of
 * WebSudoManager.willExecuteWebSudoRequest (SAL 3.0.0 javadoc, see WebSudoManager). Its superclass is not shown
 * on the pages checked: Exception here is UNVERIFIED. Never packaged.
 */
package com.atlassian.sal.api.websudo;

public class WebSudoSessionException extends Exception {

    private static final long serialVersionUID = 1L;

    public WebSudoSessionException(String message) {
        super(message);
    }
}
