/*
 * Compile-only shim: only the members SuccessDesk calls. Never packaged. Checked 2026-12-03 against
 * "@PublicApi public interface CustomFieldManager" (https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html):
 * "CustomField getCustomFieldObject(String id) — Get a CustomField by its text key (eg 'customfield_10000')" and
 * "List<CustomField> getCustomFieldObjects() — Returns all custom fields". The interface itself is imported on Jira 11
 * by Atlassian's Jira Slack app (https://github.com/atlassian-labs/atlassian-slack-integration-server @ 94c50dc, built
 * against jira-api 11.0.0, ComponentImports.java). No Jira 10/11 page for these two members: on 11.3 UNVERIFIED, but
 * both are long-standing, non-deprecated @PublicApi members. Status table: docs/shim-evidence.md.
 */
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

import java.util.List;

public interface CustomFieldManager {
    CustomField getCustomFieldObject(String id);

    List<CustomField> getCustomFieldObjects();
}
