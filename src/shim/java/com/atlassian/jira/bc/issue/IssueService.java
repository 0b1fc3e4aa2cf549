/*
 * Compile-only shim: only the members SuccessDesk calls. Checked against:
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/IssueService.IssueResult.html and
 * .../IssueService.IssueValidationResult.html (public static nested classes; IssueValidationResult is abstract, extends
 * ServiceResultImpl and declares MutableIssue getIssue()), and a public plugin's IssueService implementation built
 * against Jira 8+ (decision-knowledge MockIssueService: IssueInputParameters newIssueInputParameters(),
 * CreateValidationResult validateCreate(ApplicationUser, IssueInputParameters),
 * IssueResult create(ApplicationUser, CreateValidationResult)). Constructors omitted (@Internal). Never packaged.
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
