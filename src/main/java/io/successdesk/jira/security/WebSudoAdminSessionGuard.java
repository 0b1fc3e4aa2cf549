package io.successdesk.jira.security;

import com.atlassian.jira.web.ExecutingHttpRequest;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.websudo.WebSudoManager;
import io.successdesk.app.security.AdminSessionGuard;
import io.successdesk.app.security.AdminSessionRequiredException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@link AdminSessionGuard} over Jira's WebSudo: a configuration change needs the current request to run in a
 * secure administrator session (when an admin has switched WebSudo off, SAL allows every request).
 */
@Named
public class WebSudoAdminSessionGuard implements AdminSessionGuard {

    private final WebSudoManager webSudoManager;

    @Inject
    public WebSudoAdminSessionGuard(@ComponentImport WebSudoManager webSudoManager) {
        this.webSudoManager = webSudoManager;
    }

    @Override
    public void requireSecureAdminSession() {
        HttpServletRequest request = ExecutingHttpRequest.get();
        if (request == null || !webSudoManager.canExecuteRequest(request)) {
            throw new AdminSessionRequiredException();
        }
    }
}
