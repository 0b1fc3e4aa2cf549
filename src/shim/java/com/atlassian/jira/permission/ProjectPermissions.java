/*
 * Compile-only shim: public static final ProjectPermissionKey BROWSE_PROJECTS — verified from source (jira-api
 * ProjectPermissions.java, code search). A non-String static final field is read with getstatic at run
 * time, so the shim's value is irrelevant. Never packaged.
 */
package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

public class ProjectPermissions {
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");
}
