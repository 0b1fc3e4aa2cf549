/*
 * Compile-only shim: only the member SuccessDesk calls. Never packaged. Re-checked 2026-12-02 and 2026-12-03:
 * "@PublicApi public interface CustomFieldManager" listing Collection<CustomField> getCustomFieldObjectsByName(String)
 * and deprecating getCustomFieldObjectByName(String) ("use getCustomFieldObjectsByName(String) instead"):
 * https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html; public plugins assign it to
 * Collection<CustomField> (code search). No Jira 10/11 page and no Jira 10/11 app calling it was found: on 11.3
 * getCustomFieldObjectsByName is UNVERIFIED. The interface itself is imported by Atlassian's Jira Slack app
 * (https://github.com/atlassian-labs/atlassian-slack-integration-server @ 94c50dc, built against jira-api 11.0.0 and
 * Platform 8.0.0) (ComponentImports.java), which calls List<CustomField> getCustomFieldObjects(Issue) instead
 * (JiraPostFunctionEventRenderer.java): that member is the safer one (recommendation in docs/shim-evidence.md: fetch
 * the issue's fields and match CustomField.getName()).
 */
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

import java.util.Collection;

public interface CustomFieldManager {
    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);
}
