/*
 * Compile-only shim: Project getProjectObjByKey(String) from code search ("from public mocks/impls");
 * not re-checked against a javadoc page here: UNVERIFIED. Never packaged.
 */
package com.atlassian.jira.project;

public interface ProjectManager {
    Project getProjectObjByKey(String key);
}
