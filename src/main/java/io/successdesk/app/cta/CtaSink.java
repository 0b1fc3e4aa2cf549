package io.successdesk.app.cta;

import io.successdesk.domain.cta.Cta;

import java.util.Optional;

/**
 * Port: the Jira side of CTAs. Creates an issue for a new CTA in the admin-chosen CS project, assigned to the
 * account's CSM, its description giving the explanation and linking the triggering issues.
 */
public interface CtaSink {

    /** @return the created issue's key, or empty when no CS project is configured (the CTA lives in the app) */
    Optional<String> createIssue(Cta cta);
}
