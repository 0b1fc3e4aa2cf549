package io.successdesk.app.security;

import java.util.Optional;

/** Port: who is calling and what Jira knows about them. User keys are Jira's stable user keys. */
public interface UserDirectory {

    /** The logged-in user of the current request, empty for anonymous callers. */
    Optional<String> currentUserKey();

    boolean isAdmin(String userKey);

    boolean isInGroup(String userKey, String group);

    /** The user's full name as Jira shows it; empty for an unknown (e.g. deleted) user. */
    Optional<String> displayName(String userKey);
}
