/*
 * Compile-only shim: only the member SuccessDesk calls. Never packaged. Re-checked 2026-12-02:
 * "@PublicApi public interface CustomFieldManager" listing Collection<CustomField> getCustomFieldObjectsByName(String)
 * and deprecating getCustomFieldObjectByName(String) ("use getCustomFieldObjectsByName(String) instead"):
 * https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html; public plugins assign it to
 * Collection<CustomField> (code search). No Jira 10/11 page found: on 11.3 UNVERIFIED, but it is the non-deprecated
 * member, so there is no safer one.
 */
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

import java.util.Collection;

public interface CustomFieldManager {
    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);
}
