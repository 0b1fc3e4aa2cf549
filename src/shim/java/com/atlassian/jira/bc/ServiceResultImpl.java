/*
 * Compile-only shim: only the members SuccessDesk calls. Checked against the inherited-member lists of
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/IssueService.IssueResult.html
 * ("Methods inherited from class com.atlassian.jira.bc.ServiceResultImpl: getErrorCollection, getWarningCollection,
 * isValid"). Return types: boolean isValid(), ErrorCollection getErrorCollection() — the ErrorCollection return type
 * from the ServiceResult interface as implemented by public plugins (UNVERIFIED on a Jira 11 page). Never packaged.
 */
package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

public class ServiceResultImpl {
    public boolean isValid() {
        throw new UnsupportedOperationException("shim");
    }

    public ErrorCollection getErrorCollection() {
        throw new UnsupportedOperationException("shim");
    }
}
