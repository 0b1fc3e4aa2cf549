package io.successdesk.sandbox;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import io.successdesk.app.ticket.TicketLedger;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Admin-only sandbox page at {@code /sandbox/tickets}: creates, comments, resolves and reopens sandbox issues and
 * publishes the same {@link IssueEvent} Jira would to the app's real listener, so the ledger (and the account
 * refresh behind it) changes live. Not part of the plugin; anyone else gets 404.
 */
final class SandboxTicketServlet extends HttpServlet {

    /** Jira's event type ids (EventType): created, resolved, commented, reopened. */
    private static final Map<String, Long> EVENT_TYPES = Map.of("create", 1L, "resolve", 4L, "comment", 6L, "reopen", 7L);

    private final SandboxUsers users;
    private final SandboxIssues issues;
    private final EventPublisher events;
    private final TicketLedger ledger;
    private final HostPage hostPage;

    SandboxTicketServlet(SandboxUsers users, SandboxIssues issues, EventPublisher events, TicketLedger ledger,
                         HostPage hostPage) {
        this.users = users;
        this.issues = issues;
        this.events = events;
        this.ledger = ledger;
        this.hostPage = hostPage;
    }

    private Optional<SandboxUsers.SandboxUser> admin() {
        return users.currentUser().filter(user -> user.groups().contains(SandboxUsers.ADMIN_GROUP));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SandboxUsers.SandboxUser> admin = admin();
        if (admin.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StringBuilder body = new StringBuilder("<h1>Sandbox tickets</h1><p>Changes publish Jira issue events to the "
                + "SuccessDesk listener; the ledger row updates a moment later.</p><table class=\"aui\"><tr><th>Issue</th>"
                + "<th>Status</th><th>Reporter</th><th>Comments</th><th>Ledger row</th><th></th></tr>");
        issues.all().values().stream().sorted(Comparator.comparing(SandboxIssues.SandboxIssue::getId)).forEach(issue ->
                body.append("<tr><td>").append(Html.escape(issue.getKey())).append(' ')
                        .append(Html.escape(issue.summary())).append("</td><td>").append(Html.escape(issue.status()))
                        .append("</td><td>").append(Html.escape(issue.reporter())).append("</td><td>")
                        .append(issue.comments().size()).append("</td><td class=\"ledger\">")
                        .append(Html.escape(ledger.get(issue.getId()).map(Object::toString).orElse("—")))
                        .append("</td><td>").append(form("comment", issue.getKey(), "Comment as agent"))
                        .append(form("resolve", issue.getKey(), "Resolve")).append(form("reopen", issue.getKey(), "Reopen"))
                        .append("</td></tr>"));
        body.append("</table><form method=\"post\"><input type=\"hidden\" name=\"action\" value=\"create\">"
                + "Reporter e-mail <input name=\"reporter\" value=\"dana@acme.example\"> Summary <input name=\"summary\" "
                + "value=\"New ticket\"> <button>Create in SUP</button></form>");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(hostPage.render("Sandbox tickets", admin.get(), body.toString(), java.util.List.of()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (admin().isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String action = String.valueOf(request.getParameter("action"));
        String key = String.valueOf(request.getParameter("key"));
        Instant now = Instant.now();
        SandboxIssues.SandboxIssue changed;
        try {
            changed = switch (action) {
                case "create" -> issues.create("SUP", Optional.ofNullable(request.getParameter("summary")).orElse("New ticket"),
                        Optional.ofNullable(request.getParameter("reporter")).orElse("dana@acme.example"), "Bug", now);
                case "comment" -> issues.comment(key, Optional.ofNullable(request.getParameter("author")).orElse("agent"), now);
                case "resolve" -> issues.resolve(key, now);
                case "reopen" -> issues.reopen(key);
                default -> throw new IllegalArgumentException("unknown action " + action);
            };
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        events.publish(new IssueEvent(changed, Map.of(), null, EVENT_TYPES.get(action)));
        response.sendRedirect(HostPage.CONTEXT_PATH + "/sandbox/tickets");
    }

    private static String form(String action, String key, String label) {
        return "<form method=\"post\" style=\"display:inline\"><input type=\"hidden\" name=\"action\" value=\"" + action
                + "\"><input type=\"hidden\" name=\"key\" value=\"" + Html.escape(key) + "\"><button>" + label
                + "</button></form>";
    }
}
