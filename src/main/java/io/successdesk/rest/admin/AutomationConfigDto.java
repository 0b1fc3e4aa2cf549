package io.successdesk.rest.admin;

import java.util.List;
import java.util.Map;

/**
 * What SuccessDesk does on its own: how issues find their account beyond e-mail domains (the account custom field,
 * each support project's default account), where CTAs become Jira issues, and which projects get the survey.
 * {@code accountCustomFieldId} (e.g. {@code customfield_10200}) and {@code ctaProject} may be null (none);
 * {@code issueTypeKinds} (issue type id → {@code defect}, {@code question} or {@code request}) may be left out on a
 * PUT to keep the stored mapping; the others are required ({} / [] for none). {@code revision} as in {@link ConfigDto}.
 */
public record AutomationConfigDto(String accountCustomFieldId, Map<String, String> projectDefaultAccounts,
                                  CtaProjectDto ctaProject, List<String> surveyProjectKeys,
                                  Map<String, String> issueTypeKinds, String revision) {

    AutomationConfigDto withRevision(String value) {
        return new AutomationConfigDto(accountCustomFieldId, projectDefaultAccounts, ctaProject, surveyProjectKeys,
                issueTypeKinds, value);
    }

    /** The CS project CTAs become issues in, the issue type's id, and the user key the issues are created as. */
    public record CtaProjectDto(String projectKey, String issueTypeId, String runAsUserKey) {
    }
}
