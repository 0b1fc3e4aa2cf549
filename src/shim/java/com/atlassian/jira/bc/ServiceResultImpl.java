/*
 * Compile-only shim: only the members SuccessDesk calls. Checked against the inherited-member lists of
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/IssueService.IssueResult.html ("Methods inherited
 * from class com.atlassian.jira.bc.ServiceResultImpl: getErrorCollection, getWarningCollection, isValid"). Return
 * types: boolean isValid(), ErrorCollection getErrorCollection() — the ErrorCollection return type from the
 * ServiceResult interface as implemented by public plugins. Re-checked 2026-12-03: no Jira 10/11 page or app found, so
 * UNVERIFIED on 11.3 (used only on the CTA issue-creation path, which the smoke test exercises). Status table:
 * docs/shim-evidence.md. Never packaged.
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
