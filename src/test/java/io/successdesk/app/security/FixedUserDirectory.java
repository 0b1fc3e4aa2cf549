package io.successdesk.app.security;

import java.util.Map;
import java.util.Optional;

/** A user directory of fixed full names, nobody logged in, no admins, no groups. */
public record FixedUserDirectory(Map<String, String> displayNames) implements UserDirectory {

    public static FixedUserDirectory none() {
        return new FixedUserDirectory(Map.of());
    }

    @Override
    public Optional<String> currentUserKey() {
        return Optional.empty();
    }

    @Override
    public boolean isAdmin(String userKey) {
        return false;
    }

    @Override
    public boolean isInGroup(String userKey, String group) {
        return false;
    }

    @Override
    public Optional<String> displayName(String userKey) {
        return Optional.ofNullable(displayNames.get(userKey));
    }
}
