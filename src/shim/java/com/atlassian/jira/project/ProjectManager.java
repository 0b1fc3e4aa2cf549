/*
 * Compile-only shim: Project getProjectObjByKey(String). Re-checked 2026-12-03 on Jira 11: Atlassian's Jira Slack app
 * (https://github.com/atlassian-labs/atlassian-slack-integration-server @ 94c50dc, built against jira-api 11.0.0 and
 * Platform 8.0.0), AbstractProjectAction.java assigns getProjectManager().getProjectObjByKey(key) to a Project. List<Project>
 * getProjectObjects() (the admin page's project picker): Jira 4.4.4 javadoc
 * https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/project/ProjectManager.html; on Jira 11 UNVERIFIED. Status
 * table: docs/shim-evidence.md. Never packaged.
 */
package com.atlassian.jira.project;

import java.util.List;

public interface ProjectManager {
    Project getProjectObjByKey(String key);

    List<Project> getProjectObjects();
}
