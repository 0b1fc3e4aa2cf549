package io.successdesk.app.voc;

import java.time.Instant;

/**
 * A CSAT response as a caller sends it, before validation. Every component may be null; the service names each
 * missing or invalid one. {@code source} is {@code JSM}, {@code SURVEY} or {@code IMPORT}; {@code rating} 1–5.
 */
public record CsatSubmission(String externalId, String source, String accountKey, Long issueId, String projectKey,
                             Integer rating, String comment, Instant answeredAt, Instant issueCreatedAt) {
}
