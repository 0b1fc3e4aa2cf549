package io.successdesk.jira.security;

import com.atlassian.plugin.web.Condition;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Capability;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.Map;

/**
 * Shows a module only to users with a capability, named by the condition's {@code capability} parameter as the API
 * names capabilities ({@code view-accounts} when absent, {@code view-financials} for revenue): the "Customer success"
 * navigation link and the dashboard items.
 */
public class CapabilityCondition implements Condition {

    static final String PARAMETER = "capability";

    private final AccessPolicy accessPolicy;
    private Capability required = Capability.VIEW_ACCOUNTS;

    @Inject
    public CapabilityCondition(AccessPolicy accessPolicy) {
        this.accessPolicy = accessPolicy;
    }

    /** @throws IllegalArgumentException for an unknown capability, so a descriptor typo fails at plugin start */
    @Override
    public void init(Map<String, String> params) {
        String name = params.get(PARAMETER);
        if (name != null) {
            required = Capability.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return accessPolicy.currentCaller().can(required);
    }
}
