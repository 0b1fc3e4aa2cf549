/*
 * Compile-only shim: a final class in Jira (code search); only used as a parameter and constant type.
 * Never packaged.
 */
package com.atlassian.jira.security.plugin;

public class ProjectPermissionKey {
    public ProjectPermissionKey(String key) {
    }
}
