/*
 * Compile-only shim: only the members SuccessDesk calls. Never packaged. Re-checked 2026-12-02 and 2026-12-03:
 * - "@PublicApi public interface IssueService" whose methods take ApplicationUser (the excerpt shows IssueResult
 *    getIssue(@Nullable ApplicationUser, Long)) in jira-api 10.2.0, the newest javadoc found:
 *    https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/bc/issue/IssueService.html
 * - the create trio, IssueInputParameters newIssueInputParameters(), CreateValidationResult
 *    validateCreate(ApplicationUser, IssueInputParameters), IssueResult create(ApplicationUser,
 *    CreateValidationResult), and the nested "static class" CreateValidationResult / IssueResult /
 *    IssueValidationResult:
 *    https://docs.atlassian.com/software/jira/docs/api/8.13.6/com/atlassian/jira/bc/issue/IssueService.html and
 *    https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/IssueService.IssueResult.html
 *    (IssueValidationResult abstract, extends ServiceResultImpl, MutableIssue getIssue()); Atlassian's guide
 *    "Performing issue operations" (validate, then "do";
 *    https://developer.atlassian.com/server/jira/platform/performing-issue-operations, last updated Feb 12, 2026)
 *    still describes this pattern for Data Center. The trio on a 10.x/11.x page and in a Jira 10/11 app: not found, so
 *    UNVERIFIED on 11.3; it is @PublicApi, so binary compatible across minor versions by Atlassian's API policy. No
 *    safer member: IssueManager.createIssueObject skips validation. Constructors omitted (@Internal). Status table:
 *    docs/shim-evidence.md.
 */
package com.atlassian.jira.bc.issue;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;

public interface IssueService {

    IssueInputParameters newIssueInputParameters();

    CreateValidationResult validateCreate(ApplicationUser user, IssueInputParameters issueInputParameters);

    IssueResult create(ApplicationUser user, CreateValidationResult createValidationResult);

    abstract class IssueValidationResult extends ServiceResultImpl {
        public MutableIssue getIssue() {
            throw new UnsupportedOperationException("shim");
        }
    }

    class CreateValidationResult extends IssueValidationResult {
    }

    class IssueResult extends IssueValidationResult {
    }
}
