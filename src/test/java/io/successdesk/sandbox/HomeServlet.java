package io.successdesk.sandbox;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;

/** {@code /jira/}: where to go in the sandbox; {@code /jira/logout} ends the session. */
final class HomeServlet extends HttpServlet {

    private final SandboxUsers users;
    private final SandboxIssues issues;
    private final HostPage hostPage;

    HomeServlet(SandboxUsers users, SandboxIssues issues, HostPage hostPage) {
        this.users = users;
        this.issues = issues;
        this.hostPage = hostPage;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/logout".equals(request.getServletPath())) {
            if (request.getSession(false) != null) {
                request.getSession(false).invalidate();
            }
            response.sendRedirect(HostPage.CONTEXT_PATH + "/login.jsp");
            return;
        }
        StringBuilder body = new StringBuilder("<h1>SuccessDesk sandbox</h1><p>A Jira-shaped host for the app's real "
                + "REST resources, templates and scripts.</p><h2>Issues</h2><ul class=\"sandbox-issues\">");
        issues.all().values().stream().sorted(java.util.Comparator.comparing(SandboxIssues.SandboxIssue::getId))
                .forEach(issue -> body.append("<li><a href=\"").append(HostPage.CONTEXT_PATH).append("/browse/")
                        .append(Html.escape(issue.getKey())).append("\">").append(Html.escape(issue.getKey()))
                        .append("</a> ").append(Html.escape(issue.summary())).append("</li>"));
        body.append("</ul><h2>REST</h2><p><a href=\"").append(HostPage.CONTEXT_PATH)
                .append("/rest/successdesk/1.0/me\">/rest/successdesk/1.0/me</a></p>");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(hostPage.render("Home", users.currentUser().orElse(null), body.toString(), List.of()));
    }
}
