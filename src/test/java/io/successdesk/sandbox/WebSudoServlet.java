package io.successdesk.sandbox;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Jira's "Administrator access" page ({@code WebSudoAuthenticate.jspa}): the logged-in admin types the password again. */
final class WebSudoServlet extends HttpServlet {

    private final SandboxUsers users;
    private final HostPage hostPage;

    WebSudoServlet(SandboxUsers users, HostPage hostPage) {
        this.users = users;
        this.hostPage = hostPage;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        form(request, response, false);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SandboxUsers.SandboxUser> user = users.currentUser();
        if (user.isEmpty() || !user.get().groups().contains(SandboxUsers.ADMIN_GROUP)
                || users.authenticate(user.get().name(), String.valueOf(request.getParameter("webSudoPassword"))).isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            form(request, response, true);
            return;
        }
        SandboxWebSudo.confirm(request.getSession(true));
        response.sendRedirect(LoginServlet.safeDestination(request.getParameter("webSudoDestination")));
    }

    private void form(HttpServletRequest request, HttpServletResponse response, boolean failed) throws IOException {
        String destination = LoginServlet.safeDestination(request.getParameter("webSudoDestination"));
        String body = "<h1>Administrator Access</h1>"
                + "<p>You have requested access to an administrative function and must confirm your password.</p>"
                + (failed ? "<div class=\"aui-message aui-message-error\" id=\"websudo-error\">The password is incorrect.</div>" : "")
                + "<form class=\"aui\" id=\"websudo-form\" method=\"post\" action=\"" + HostPage.CONTEXT_PATH
                + SandboxWebSudo.AUTHENTICATE_PATH + "\">"
                + "<div class=\"field-group\"><label for=\"login-form-authenticatePassword\">Password</label>"
                + "<input class=\"password\" id=\"login-form-authenticatePassword\" name=\"webSudoPassword\" type=\"password\""
                + " autocomplete=\"current-password\"></div>"
                + "<input type=\"hidden\" name=\"webSudoDestination\" value=\"" + Html.escape(destination) + "\">"
                + "<div class=\"buttons-container\"><div class=\"buttons\">"
                + "<button id=\"login-form-submit\" class=\"aui-button aui-button-primary\" type=\"submit\">Confirm</button>"
                + "</div></div></form>";
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(hostPage.render("Administrator Access", users.currentUser().orElse(null), body, List.of()));
    }
}
