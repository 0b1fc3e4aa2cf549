/*
 * Compile-only shim: com.atlassian.crowd.embedded.api.Group, the element type of GroupManager.getAllGroups()
 * (Jira 4.4.4 javadoc, see GroupManager); String getName() from memory: UNVERIFIED on a javadoc page. Never packaged.
 */
package com.atlassian.crowd.embedded.api;

public interface Group {
    String getName();
}
