package io.successdesk.app.security;

import io.successdesk.app.NotFoundException;
import io.successdesk.app.config.SettingsStore;
import io.successdesk.app.config.SuccessDeskSettings;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The permission model of docs/product.md §10 for everything that is not issue-scoped: admins can do everything;
 * CSM groups view and edit accounts; viewer groups view them; financial-viewer groups also see ARR.
 */
@Named
public class AccessPolicy {

    private final UserDirectory users;
    private final SettingsStore settings;

    @Inject
    public AccessPolicy(UserDirectory users, SettingsStore settings) {
        this.users = users;
        this.settings = settings;
    }

    public Caller currentCaller() {
        Optional<String> userKey = users.currentUserKey();
        return userKey.map(key -> new Caller(userKey, capabilitiesOf(key))).orElseGet(Caller::anonymous);
    }

    /**
     * Returns the caller when they hold the capability. Otherwise the request fails as "not found", so an
     * outsider cannot tell a protected thing from a missing one.
     */
    public Caller require(Capability capability, String what) {
        Caller caller = currentCaller();
        if (!caller.can(capability)) {
            throw new NotFoundException(what);
        }
        return caller;
    }

    private Set<Capability> capabilitiesOf(String userKey) {
        if (users.isAdmin(userKey)) {
            return EnumSet.allOf(Capability.class);
        }
        SuccessDeskSettings config = settings.load();
        Set<Capability> granted = EnumSet.noneOf(Capability.class);
        if (inAny(userKey, config.csmGroups())) {
            granted.add(Capability.VIEW_ACCOUNTS);
            granted.add(Capability.EDIT_ACCOUNTS);
        }
        if (inAny(userKey, config.viewerGroups())) {
            granted.add(Capability.VIEW_ACCOUNTS);
        }
        if (inAny(userKey, config.financialViewerGroups())) {
            granted.add(Capability.VIEW_FINANCIALS);
        }
        return granted;
    }

    private boolean inAny(String userKey, Set<String> groups) {
        return groups.stream().anyMatch(group -> users.isInGroup(userKey, group));
    }
}
