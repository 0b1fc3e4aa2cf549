package io.successdesk.web.admin;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Capability;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;

/**
 * The admin page ({@code <servlet>} module at {@code /plugins/servlet/successdesk/admin}, Jira's {@code atl.admin}
 * decorator): a shell the admin script fills from the admin REST endpoints. Jira administrators only (everyone else
 * gets a plain 404, as the REST API answers them), and only in a confirmed administrator session: without one Jira's
 * WebSudo page asks for the password first and comes back here.
 */
public class AdminPageServlet extends HttpServlet {

    static final String TEMPLATE = "templates/admin/admin-page.vm";
    static final String RESOURCES = "io.successdesk.successdesk-jira:admin-page-resources";

    private final transient AccessPolicy accessPolicy;
    private final transient WebSudoManager webSudoManager;
    private final transient TemplateRenderer templateRenderer;
    private final transient PageBuilderService pageBuilderService;

    @Inject
    public AdminPageServlet(AccessPolicy accessPolicy, @ComponentImport WebSudoManager webSudoManager,
                            @ComponentImport TemplateRenderer templateRenderer,
                            @ComponentImport PageBuilderService pageBuilderService) {
        this.accessPolicy = accessPolicy;
        this.webSudoManager = webSudoManager;
        this.templateRenderer = templateRenderer;
        this.pageBuilderService = pageBuilderService;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!accessPolicy.currentCaller().can(Capability.ADMINISTER)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            webSudoManager.willExecuteWebSudoRequest(request);
        } catch (WebSudoSessionException e) {
            webSudoManager.enforceWebSudoProtection(request, response);
            return;
        }
        pageBuilderService.assembler().resources().requireWebResource(RESOURCES);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        templateRenderer.render(TEMPLATE, Map.of(), response.getWriter());
    }
}
