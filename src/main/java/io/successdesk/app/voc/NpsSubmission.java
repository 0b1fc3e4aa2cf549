package io.successdesk.app.voc;

import java.time.Instant;

/**
 * An NPS response as a caller sends it, before validation. Every component may be null; the service names each
 * missing or invalid one. {@code source} is {@code SURVEY}, {@code IMPORT} or {@code MANUAL}; {@code score} 0–10.
 */
public record NpsSubmission(String externalId, String source, String accountKey, Integer score, String comment,
                            String contact, Instant answeredAt) {
}
