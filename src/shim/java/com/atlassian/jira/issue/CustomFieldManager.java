/*
 * Compile-only shim (package owned by the jira-events branch; only the member the jira-outbound branch calls, the
 * lead merges). Collection<CustomField> getCustomFieldObjectsByName(String), per the jira-api source of
 * CustomFieldManager ("Use getCustomFieldObjectsByName(String) to retrieve all custom fields") and public plugins
 * assigning it to Collection<CustomField>. Never packaged.
 */
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

import java.util.Collection;

public interface CustomFieldManager {
    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);
}
