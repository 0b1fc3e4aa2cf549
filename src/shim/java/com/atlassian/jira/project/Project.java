/*
 * Compile-only shim: only the members SuccessDesk calls. Checked against:
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/project/Project.html
 * (Long getId(), String getKey(), String getName()). Never packaged.
 */
package com.atlassian.jira.project;

public interface Project {
    Long getId();

    String getKey();

    String getName();
}
