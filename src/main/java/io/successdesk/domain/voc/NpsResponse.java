package io.successdesk.domain.voc;

import io.successdesk.domain.account.AccountKey;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One NPS answer (0–10), identified by {@code source} + {@code externalId} for idempotent ingestion.
 *
 * @param comment free text, blank reads as absent
 * @param contact who answered (name or e-mail as given), when known
 */
public record NpsResponse(String externalId, NpsSource source, AccountKey account, NpsScore score,
                          Optional<String> comment, Optional<String> contact, Instant answeredAt) {

    public NpsResponse {
        externalId = Texts.requireExternalId(externalId);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(score, "score");
        comment = Texts.blankToEmpty(comment, "comment");
        contact = Texts.blankToEmpty(contact, "contact");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}
