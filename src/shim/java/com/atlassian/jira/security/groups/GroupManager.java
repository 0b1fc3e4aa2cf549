/*
 * Compile-only shim: only the member SuccessDesk calls. Checked against the Jira 4.4.4 javadoc
 * https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/security/groups/GroupManager.html
 * (Collection<com.atlassian.crowd.embedded.api.Group> getAllGroups()); its presence in Jira 11 is UNVERIFIED.
 * Never packaged.
 */
package com.atlassian.jira.security.groups;

import com.atlassian.crowd.embedded.api.Group;

import java.util.Collection;

public interface GroupManager {
    Collection<Group> getAllGroups();
}
