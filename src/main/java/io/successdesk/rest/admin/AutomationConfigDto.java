package io.successdesk.rest.admin;

import java.util.List;
import java.util.Map;

/**
 * What SuccessDesk does on its own: how issues find their account beyond e-mail domains (the account custom field,
 * each support project's default account), where CTAs become Jira issues, and which projects get the survey.
 * {@code accountCustomField} and {@code ctaProject} may be null (none); the others are required ({} / [] for none).
 * {@code revision} as in {@link ConfigDto}.
 */
public record AutomationConfigDto(String accountCustomField, Map<String, String> projectDefaultAccounts,
                                  CtaProjectDto ctaProject, List<String> surveyProjectKeys, String revision) {

    AutomationConfigDto withRevision(String value) {
        return new AutomationConfigDto(accountCustomField, projectDefaultAccounts, ctaProject, surveyProjectKeys, value);
    }

    /** The CS project CTAs become issues in, the issue type's id, and the user key the issues are created as. */
    public record CtaProjectDto(String projectKey, String issueTypeId, String runAsUserKey) {
    }
}
