package io.successdesk.app.cta;

import java.util.Optional;

/** Port: creates a Jira issue (through Jira's issue service, as the request's run-as user). */
public interface CtaIssueCreator {

    /**
     * @return the new issue's key, or empty when Jira refused (unknown project, user or issue type, validation
     *         errors); the adapter logs why and never throws for a refusal
     */
    Optional<String> create(CtaIssueRequest request);
}
