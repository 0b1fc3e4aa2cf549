package io.successdesk.sandbox;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Stand-in for Jira's WebSudo: a browser session is a confirmed administrator session for 10 minutes after the
 * admin typed their password again on {@link WebSudoServlet}'s page. Requests with HTTP basic credentials count as
 * confirmed (the password came with the request), so scripts and the REST tests need no extra step.
 */
final class SandboxWebSudo implements WebSudoManager {

    static final String AUTHENTICATE_PATH = "/secure/admin/WebSudoAuthenticate.jspa";
    static final String SESSION_CONFIRMED_UNTIL = "sandbox.websudo.until";
    static final Duration LIFETIME = Duration.ofMinutes(10);

    private final ThreadLocal<HttpServletRequest> current = new ThreadLocal<>();

    void bind(HttpServletRequest request) {
        current.set(request);
    }

    void unbind() {
        current.remove();
    }

    /** Whether the request being served runs in a confirmed admin session (false outside a request). */
    boolean currentRequestConfirmed() {
        HttpServletRequest request = current.get();
        return request != null && canExecuteRequest(request);
    }

    static void confirm(HttpSession session) {
        session.setAttribute(SESSION_CONFIRMED_UNTIL, System.currentTimeMillis() + LIFETIME.toMillis());
    }

    @Override
    public boolean canExecuteRequest(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return true;
        }
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SESSION_CONFIRMED_UNTIL) instanceof Long until
                && until > System.currentTimeMillis();
    }

    @Override
    public void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response) {
        String destination = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            response.sendRedirect(HostPage.CONTEXT_PATH + AUTHENTICATE_PATH + "?webSudoDestination="
                    + URLEncoder.encode(destination, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException {
        if (!canExecuteRequest(request)) {
            throw new WebSudoSessionException("this request needs a confirmed administrator session");
        }
    }
}
