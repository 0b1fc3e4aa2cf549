package io.successdesk.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives the panel placeholder template the issue key and asks for the panel's script; the script loads
 * everything else from {@code rest/successdesk/1.0/panel/{issueKey}}, so the issue view does no SuccessDesk work.
 */
public class IssuePanelContextProvider implements ContextProvider {

    static final String PANEL_RESOURCES = "io.successdesk.successdesk-jira:issue-panel-resources";
    static final String ISSUE_KEY = "successdeskIssueKey";

    private final PageBuilderService pageBuilderService;

    @Inject
    public IssuePanelContextProvider(@ComponentImport PageBuilderService pageBuilderService) {
        this.pageBuilderService = pageBuilderService;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        pageBuilderService.assembler().resources().requireWebResource(PANEL_RESOURCES);
        Map<String, Object> panelContext = new HashMap<>(context);
        if (context.get("issue") instanceof Issue issue) {
            panelContext.put(ISSUE_KEY, issue.getKey());
        }
        return panelContext;
    }
}
