package io.successdesk.sandbox;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Authenticates like Jira: an HTTP basic {@code Authorization} header on any request, or the session a login form
 * opened. A wrong basic password is answered 401 at once, as Jira does.
 */
final class SandboxAuthFilter extends HttpFilter {

    static final String SESSION_USER = "sandbox.user";

    private final SandboxUsers users;

    SandboxAuthFilter(SandboxUsers users) {
        this.users = users;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<SandboxUsers.SandboxUser> user;
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            user = basic(authorization.substring(6).trim());
            if (user.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"SuccessDesk sandbox\"");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "wrong user name or password");
                return;
            }
        } else {
            HttpSession session = request.getSession(false);
            Object name = session == null ? null : session.getAttribute(SESSION_USER);
            user = name == null ? Optional.empty() : users.byName(name.toString());
        }
        user.ifPresent(users::bind);
        try {
            chain.doFilter(request, response);
        } finally {
            users.unbind();
        }
    }

    private Optional<SandboxUsers.SandboxUser> basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : users.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
