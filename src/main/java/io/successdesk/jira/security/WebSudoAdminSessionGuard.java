package io.successdesk.jira.security;

import com.atlassian.jira.web.ExecutingHttpRequest;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.websudo.WebSudoManager;
import io.successdesk.app.security.AdminSessionGuard;
import io.successdesk.app.security.AdminSessionRequiredException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.function.Supplier;

/**
 * {@link AdminSessionGuard} over Jira's WebSudo: a configuration change needs the current request to run in a
 * secure administrator session (when an admin has switched WebSudo off, SAL allows every request).
 */
@Named
public class WebSudoAdminSessionGuard implements AdminSessionGuard {

    private final WebSudoManager webSudoManager;
    private final Supplier<HttpServletRequest> currentRequest;

    @Inject
    public WebSudoAdminSessionGuard(@ComponentImport WebSudoManager webSudoManager) {
        this(webSudoManager, ExecutingHttpRequest::get);
    }

    WebSudoAdminSessionGuard(WebSudoManager webSudoManager, Supplier<HttpServletRequest> currentRequest) {
        this.webSudoManager = webSudoManager;
        this.currentRequest = currentRequest;
    }

    @Override
    public void requireSecureAdminSession() {
        HttpServletRequest request = currentRequest.get();
        if (request == null || !webSudoManager.canExecuteRequest(request)) {
            throw new AdminSessionRequiredException();
        }
    }
}
