package io.successdesk.sandbox;

import com.atlassian.plugin.web.Condition;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /jira/secure/Dashboard.jspa}: Jira's dashboard as far as the app's dashboard items see it. Every
 * {@code dashboard-item} of the descriptor whose condition (with its params) passes gets a frame; the page loads the
 * web resources of the {@code atl.dashboard} context and {@code dashboard-host.js}, which gives each item's AMD module
 * the {@code API} Jira's dashboard gives (preferences per user and item are kept by {@link SandboxDashboardPreferences}).
 */
final class SandboxDashboardServlet extends HttpServlet {

    static final String DASHBOARD_CONTEXT = "atl.dashboard";

    private final transient SandboxUsers users;
    private final transient PluginDescriptor descriptor;
    private final transient SandboxComponents components;
    private final transient HostPage hostPage;

    SandboxDashboardServlet(SandboxUsers users, PluginDescriptor descriptor, SandboxComponents components, HostPage hostPage) {
        this.users = users;
        this.descriptor = descriptor;
        this.components = components;
        this.hostPage = hostPage;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SandboxUsers.SandboxUser> user = users.currentUser();
        if (user.isEmpty()) {
            response.sendRedirect(HostPage.CONTEXT_PATH + "/login.jsp?os_destination="
                    + URLEncoder.encode(request.getRequestURI(), StandardCharsets.UTF_8));
            return;
        }
        StringBuilder items = new StringBuilder();
        for (PluginDescriptor.DashboardItem item : descriptor.dashboardItems()) {
            if (visible(item)) {
                items.append("<div class=\"dashboard-item sandbox-gadget\" id=\"gadget-").append(Html.escape(item.key()))
                        .append("\" data-item-key=\"").append(Html.escape(item.key()))
                        .append("\" data-amd-module=\"").append(Html.escape(item.amdModule()))
                        .append("\" data-configurable=\"").append(item.configurable()).append("\">")
                        .append("<div class=\"dashboard-item-header\"><h3 class=\"dashboard-item-title\">")
                        .append(Html.escape(hostPage.text(item.titleKey()))).append("</h3>")
                        .append(item.configurable() ? "<button type=\"button\" class=\"aui-button aui-button-subtle "
                                + "sandbox-gadget-edit\">Edit</button>" : "")
                        .append("</div><div class=\"sandbox-gadget-loading\" hidden>Loading\u2026</div>")
                        .append("<div class=\"dashboard-item-content\"></div></div>");
            }
        }
        String body = "<h1>System dashboard</h1>" + (items.length() == 0
                ? "<p class=\"sandbox-hint\" id=\"sandbox-dashboard-empty\">No dashboard items you may see.</p>"
                : "<div class=\"sandbox-dashboard\">" + items + "</div>");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(hostPage.render("Dashboard", user.get(), body,
                descriptor.webResourcesInContext(DASHBOARD_CONTEXT), "dashboard-host.js"));
    }

    private boolean visible(PluginDescriptor.DashboardItem item) {
        if (item.conditionClass().isEmpty()) {
            return true;
        }
        Condition condition = (Condition) components.create(item.conditionClass().get());
        condition.init(item.conditionParams());
        return condition.shouldDisplay(Map.of());
    }
}
