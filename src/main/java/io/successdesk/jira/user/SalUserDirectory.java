package io.successdesk.jira.user;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.successdesk.app.security.UserDirectory;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/** {@link UserDirectory} over SAL's {@link UserManager} (the request's user, admin flag, group membership, full names). */
@Named
public class SalUserDirectory implements UserDirectory {

    private final UserManager userManager;

    @Inject
    public SalUserDirectory(@ComponentImport("salUserManager") UserManager userManager) {
        this.userManager = userManager;
    }

    @Override
    public Optional<String> currentUserKey() {
        return Optional.ofNullable(userManager.getRemoteUserKey()).map(UserKey::getStringValue);
    }

    @Override
    public boolean isAdmin(String userKey) {
        return userManager.isAdmin(new UserKey(userKey));
    }

    @Override
    public boolean isInGroup(String userKey, String group) {
        return userManager.isUserInGroup(new UserKey(userKey), group);
    }

    @Override
    public Optional<String> displayName(String userKey) {
        return Optional.ofNullable(userManager.getUserProfile(new UserKey(userKey))).map(UserProfile::getFullName)
                .filter(name -> !name.isBlank());
    }
}
