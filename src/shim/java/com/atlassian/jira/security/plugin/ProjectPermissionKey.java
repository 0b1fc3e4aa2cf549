/*
 * Compile-only shim: a final class in Jira (jira-platform.md §4.2); only used as a parameter and constant type.
 * Never packaged.
 */
package com.atlassian.jira.security.plugin;

public class ProjectPermissionKey {
    public ProjectPermissionKey(String key) {
    }
}
