package io.successdesk.app.voc;

import org.jspecify.annotations.Nullable;
import java.time.Instant;

/**
 * A CSAT response as a caller sends it, before validation. Every component may be null; the service names each
 * missing or invalid one. {@code source} is {@code JSM}, {@code SURVEY} or {@code IMPORT}; {@code rating} 1–5.
 */
public record CsatSubmission(@Nullable String externalId, @Nullable String source, @Nullable String accountKey,
                             @Nullable Long issueId, @Nullable String projectKey, @Nullable Integer rating,
                             @Nullable String comment, @Nullable Instant answeredAt, @Nullable Instant issueCreatedAt) {
}
