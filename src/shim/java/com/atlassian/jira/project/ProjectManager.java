/*
 * Compile-only shim: Project getProjectObjByKey(String) from code search ("from public mocks/impls");
 * not re-checked against a javadoc page here: UNVERIFIED. List<Project> getProjectObjects() checked against the
 * Jira 4.4.4 javadoc https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/project/ProjectManager.html; its
 * presence in Jira 11 is UNVERIFIED. Never packaged.
 */
package com.atlassian.jira.project;

import java.util.List;

public interface ProjectManager {
    Project getProjectObjByKey(String key);

    List<Project> getProjectObjects();
}
