package io.successdesk.sandbox;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.successdesk.app.config.SuccessDeskSettings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sandbox's user base, standing in for Jira's user directory and SAL's {@link UserManager}. Password = user
 * name. The request's user is bound to the thread by {@link SandboxAuthFilter}, as Jira binds it per request.
 */
public final class SandboxUsers implements UserManager {

    /** Jira's administrators group: members are Jira admins. */
    public static final String ADMIN_GROUP = "jira-administrators";
    /** Members may browse the support project's issues (as JSM agents would). */
    public static final String AGENT_GROUP = "jira-servicedesk-agents";

    public record SandboxUser(String name, String displayName, Set<String> groups) {
    }

    private final Map<String, SandboxUser> users = new LinkedHashMap<>();
    private final ThreadLocal<SandboxUser> current = new ThreadLocal<>();

    public SandboxUsers() {
        add("admin", "Alex Admin", ADMIN_GROUP, AGENT_GROUP, SuccessDeskSettings.DEFAULT_CSM_GROUP);
        add("csm", "Casey CSM", AGENT_GROUP, SuccessDeskSettings.DEFAULT_CSM_GROUP);
        add("agent", "Avery Agent", AGENT_GROUP);
        add("viewer", "Vic Viewer", SuccessDeskSettings.DEFAULT_VIEWER_GROUP);
        add("finance", "Frankie Finance", SuccessDeskSettings.DEFAULT_VIEWER_GROUP,
                SuccessDeskSettings.DEFAULT_FINANCIAL_VIEWER_GROUP);
        add("lead", "Lee Lead", AGENT_GROUP, SuccessDeskSettings.DEFAULT_FINANCIAL_VIEWER_GROUP);
        add("outsider", "Olly Outsider");
    }

    private void add(String name, String displayName, String... groups) {
        users.put(name, new SandboxUser(name, displayName, Set.of(groups)));
    }

    public Optional<SandboxUser> authenticate(String name, String password) {
        SandboxUser user = users.get(name);
        return user != null && name.equals(password) ? Optional.of(user) : Optional.empty();
    }

    public Optional<SandboxUser> byName(String name) {
        return Optional.ofNullable(users.get(name));
    }

    public Map<String, SandboxUser> all() {
        return Map.copyOf(users);
    }

    void bind(SandboxUser user) {
        current.set(user);
    }

    void unbind() {
        current.remove();
    }

    public Optional<SandboxUser> currentUser() {
        return Optional.ofNullable(current.get());
    }

    @Override
    public UserKey getRemoteUserKey() {
        return currentUser().map(user -> new UserKey(user.name())).orElse(null);
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return isUserInGroup(userKey, ADMIN_GROUP);
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        SandboxUser user = userKey == null ? null : users.get(userKey.getStringValue());
        return user != null && user.groups().contains(group);
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        SandboxUser user = userKey == null ? null : users.get(userKey.getStringValue());
        return user == null ? null : user::displayName;
    }
}
