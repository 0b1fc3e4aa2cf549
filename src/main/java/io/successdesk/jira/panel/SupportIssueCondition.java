package io.successdesk.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.plugin.web.Condition;
import io.successdesk.app.config.SettingsStore;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * Shows the account panel only on issues of support projects. Runs on every issue view, so it does no
 * database work of its own: plugin settings are served from Jira's cache.
 */
public class SupportIssueCondition implements Condition {

    private final SettingsStore settings;

    @Inject
    public SupportIssueCondition(SettingsStore settings) {
        this.settings = settings;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        if (!(context.get("issue") instanceof Issue issue)) {
            return false;
        }
        Project project = issue.getProjectObject();
        return project != null && settings.load().isSupportProject(project.getKey());
    }
}
