/*
 * Compile-only shim: only the members SuccessDesk calls. Checked against:
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/Issue.html (Jira 11.x line):
 * Long getId(), String getKey(), Project getProjectObject(). Super-interfaces omitted (calls link by owner
 * Issue + descriptor, which the real interface inherits or declares). Never packaged.
 */
package com.atlassian.jira.issue;

import com.atlassian.jira.project.Project;

public interface Issue {
    Long getId();

    String getKey();

    Project getProjectObject();
}
