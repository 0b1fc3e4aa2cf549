package io.successdesk.jira.security;

import com.atlassian.plugin.web.Condition;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Capability;
import jakarta.inject.Inject;

import java.util.Map;

/** Shows a web item only to users who may view accounts (the "Customer success" navigation link). */
public class AccountViewerCondition implements Condition {

    private final AccessPolicy accessPolicy;

    @Inject
    public AccountViewerCondition(AccessPolicy accessPolicy) {
        this.accessPolicy = accessPolicy;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return accessPolicy.currentCaller().can(Capability.VIEW_ACCOUNTS);
    }
}
