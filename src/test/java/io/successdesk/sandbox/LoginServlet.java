package io.successdesk.sandbox;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** {@code /jira/login.jsp}: Jira's login form fields ({@code os_username}, {@code os_password}, {@code os_destination}). */
final class LoginServlet extends HttpServlet {

    private final SandboxUsers users;
    private final HostPage hostPage;

    LoginServlet(SandboxUsers users, HostPage hostPage) {
        this.users = users;
        this.hostPage = hostPage;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        form(request, response, false);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SandboxUsers.SandboxUser> user = users.authenticate(
                String.valueOf(request.getParameter("os_username")), String.valueOf(request.getParameter("os_password")));
        if (user.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            form(request, response, true);
            return;
        }
        request.getSession(true).setAttribute(SandboxAuthFilter.SESSION_USER, user.get().name());
        response.sendRedirect(safeDestination(request.getParameter("os_destination")));
    }

    private void form(HttpServletRequest request, HttpServletResponse response, boolean failed) throws IOException {
        String destination = safeDestination(request.getParameter("os_destination"));
        String body = "<h1>Log in</h1>"
                + (failed ? "<div class=\"aui-message aui-message-error\" id=\"login-error\">Sorry, your username and "
                + "password are incorrect.</div>" : "")
                + "<form class=\"aui\" method=\"post\" action=\"" + HostPage.CONTEXT_PATH + "/login.jsp\">"
                + "<div class=\"field-group\"><label for=\"login-form-username\">Username</label>"
                + "<input class=\"text\" id=\"login-form-username\" name=\"os_username\" autocomplete=\"username\"></div>"
                + "<div class=\"field-group\"><label for=\"login-form-password\">Password</label>"
                + "<input class=\"password\" id=\"login-form-password\" name=\"os_password\" type=\"password\" autocomplete=\"current-password\"></div>"
                + "<input type=\"hidden\" name=\"os_destination\" value=\"" + Html.escape(destination) + "\">"
                + "<div class=\"buttons-container\"><div class=\"buttons\">"
                + "<button id=\"login-form-submit\" class=\"aui-button aui-button-primary\" type=\"submit\">Log in</button></div></div>"
                + "</form><p class=\"sandbox-hint\">Sandbox users: admin, csm, agent, viewer, finance, lead, outsider; "
                + "the password is the user name.</p>";
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(hostPage.render("Log in", null, body, List.of()));
    }

    /** Only paths inside the sandbox: no open redirect. */
    static String safeDestination(String destination) {
        if (destination != null && destination.startsWith(HostPage.CONTEXT_PATH + "/") && !destination.startsWith("//")
                && !destination.contains("\\") && !destination.contains("://")) {
            return destination;
        }
        return HostPage.CONTEXT_PATH + "/";
    }
}
