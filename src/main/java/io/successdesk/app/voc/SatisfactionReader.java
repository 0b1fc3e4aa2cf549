package io.successdesk.app.voc;

import java.util.Optional;

/**
 * Port: the JSM satisfaction rating of a request (JSM's "Satisfaction" custom field). Called by the issue event
 * listener and the backfill. Answers empty when JSM is not installed, the issue is no JSM request, or it is unrated;
 * it never loads JSM classes when JSM is absent.
 */
public interface SatisfactionReader {

    Optional<JsmSatisfaction> read(long issueId);
}
