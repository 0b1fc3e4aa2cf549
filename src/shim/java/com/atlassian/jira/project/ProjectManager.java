/*
 * Compile-only shim: only the member SuccessDesk calls. Project getProjectObjByKey(String) per
 * /work/shared/reference/jira-platform.md §4.2 (public mocks and implementations; e.g. ScriptRunner examples
 * assigning it to a Project). Not re-checked on a Jira 11 javadoc page: UNVERIFIED there. Never packaged.
 */
package com.atlassian.jira.project;

public interface ProjectManager {
    Project getProjectObjByKey(String key);
}
