package io.successdesk.sandbox;

import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /jira/browse/KEY}: a Jira-like issue view that hosts the app's real web panels for
 * {@code atl.jira.view.issue.right.context}: their condition and context provider classes (autowired like in
 * Jira), and their Velocity view rendered with HTML escaping of references, as Jira escapes them.
 */
final class IssueViewServlet extends HttpServlet {

    static final String RIGHT_CONTEXT = "atl.jira.view.issue.right.context";

    private final SandboxUsers users;
    private final SandboxIssues issues;
    private final PluginDescriptor descriptor;
    private final SandboxComponents components;
    private final SandboxPageBuilder pageBuilder;
    private final HostPage hostPage;
    private final VelocityEngine velocity;

    IssueViewServlet(SandboxUsers users, SandboxIssues issues, PluginDescriptor descriptor, SandboxComponents components,
                     SandboxPageBuilder pageBuilder, HostPage hostPage, VelocityEngine velocity) {
        this.users = users;
        this.issues = issues;
        this.descriptor = descriptor;
        this.components = components;
        this.pageBuilder = pageBuilder;
        this.hostPage = hostPage;
        this.velocity = velocity;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SandboxUsers.SandboxUser> user = users.currentUser();
        if (user.isEmpty()) {
            String destination = request.getRequestURI();
            response.sendRedirect(HostPage.CONTEXT_PATH + "/login.jsp?os_destination="
                    + URLEncoder.encode(destination, StandardCharsets.UTF_8));
            return;
        }
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<SandboxIssues.SandboxIssue> issue = issues.byKey(key)
                .filter(found -> found.getProjectObject().browseGroups().stream().anyMatch(user.get().groups()::contains));
        response.setContentType("text/html;charset=UTF-8");
        if (issue.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.getWriter().write(hostPage.render("Issue not found", user.get(),
                    "<h1>Issue does not exist</h1><p>The issue you are trying to view does not exist, or you do not "
                            + "have permission to view it.</p>", java.util.List.of()));
            return;
        }
        pageBuilder.drain();
        StringBuilder panels = new StringBuilder();
        for (PluginDescriptor.WebPanel panel : descriptor.webPanels(RIGHT_CONTEXT)) {
            renderPanel(panel, issue.get(), user.get()).ifPresent(panels::append);
        }
        response.getWriter().write(hostPage.render(issue.get().getKey(), user.get(), issueBody(issue.get(), panels.toString()),
                pageBuilder.drain()));
    }

    private Optional<String> renderPanel(PluginDescriptor.WebPanel panel, SandboxIssues.SandboxIssue issue,
                                         SandboxUsers.SandboxUser user) {
        Map<String, Object> context = new HashMap<>();
        context.put("issue", issue);
        context.put("user", user);
        if (panel.conditionClass().isPresent()) {
            Condition condition = (Condition) components.create(panel.conditionClass().get());
            condition.init(Map.of());
            if (!condition.shouldDisplay(context)) {
                return Optional.empty();
            }
        }
        if (panel.contextProviderClass().isPresent()) {
            ContextProvider provider = (ContextProvider) components.create(panel.contextProviderClass().get());
            provider.init(Map.of());
            context = provider.getContextMap(context);
        }
        StringWriter view = new StringWriter();
        velocity.getTemplate(panel.viewTemplate(), "UTF-8").merge(new VelocityContext(new HashMap<>(context)), view);
        // Jira's collapsible module markup around a web panel (Jira's own script toggles it; host.js here)
        String key = Html.escape(panel.key());
        String label = Html.escape(hostPage.text(panel.labelKey()));
        return Optional.of("<div class=\"module toggle-wrap\" id=\"" + key + "\">"
                + "<div class=\"mod-header\"><button type=\"button\" class=\"aui-button toggle-title\" aria-label=\""
                + label + "\" aria-controls=\"" + key + "-content\" aria-expanded=\"true\">"
                + "<span class=\"aui-icon aui-icon-small aui-iconfont-chevron-down\"></span></button>"
                + "<h4 class=\"toggle-title\">" + label + "</h4></div>"
                + "<div class=\"mod-content\" id=\"" + key + "-content\">" + view + "</div></div>");
    }

    private static String issueBody(SandboxIssues.SandboxIssue issue, String rightPanels) {
        return "<div class=\"issue-view\"><div class=\"issue-main\">"
                + "<ol class=\"aui-nav aui-nav-breadcrumbs\"><li>" + Html.escape(issue.getProjectObject().name()) + "</li><li>"
                + "<a id=\"key-val\" href=\"" + HostPage.CONTEXT_PATH + "/browse/" + Html.escape(issue.getKey()) + "\">"
                + Html.escape(issue.getKey()) + "</a></li></ol>"
                + "<h1 id=\"summary-val\">" + Html.escape(issue.summary()) + "</h1>"
                + "<dl class=\"issue-details\"><dt>Status</dt><dd>" + Html.escape(issue.status()) + "</dd>"
                + "<dt>Reporter</dt><dd>" + Html.escape(issue.reporter()) + "</dd></dl></div>"
                + "<aside class=\"issue-side\" id=\"viewissuesidebar\">" + rightPanels + "</aside></div>";
    }
}
