package io.successdesk.jira.security;

import com.atlassian.plugin.web.Condition;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Capability;
import jakarta.inject.Inject;

import java.util.Map;

/** Shows a web item to Jira administrators only (the admin page's link); the page checks again on the server. */
public class JiraAdminCondition implements Condition {

    private final AccessPolicy accessPolicy;

    @Inject
    public JiraAdminCondition(AccessPolicy accessPolicy) {
        this.accessPolicy = accessPolicy;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return accessPolicy.currentCaller().can(Capability.ADMINISTER);
    }
}
