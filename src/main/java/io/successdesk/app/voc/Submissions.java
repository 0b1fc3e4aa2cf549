package io.successdesk.app.voc;

import io.successdesk.app.InputErrors;
import io.successdesk.domain.account.AccountKey;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/** Field checks shared by the CSAT and NPS ingestion. */
final class Submissions {

    static final int MAX_EXTERNAL_ID = 255;
    static final int MAX_TEXT = 4000;

    private Submissions() {
    }

    static Optional<String> externalId(InputErrors errors, String externalId) {
        if (externalId == null || externalId.isBlank()) {
            errors.add("externalId", "is required");
            return Optional.empty();
        }
        if (externalId.strip().length() > MAX_EXTERNAL_ID) {
            errors.add("externalId", "must be at most " + MAX_EXTERNAL_ID + " characters");
            return Optional.empty();
        }
        return Optional.of(externalId.strip());
    }

    static Optional<AccountKey> account(InputErrors errors, String accountKey) {
        return errors.required("accountKey", accountKey).flatMap(key -> errors.parse("accountKey", () -> AccountKey.of(key)));
    }

    static <E extends Enum<E>> Optional<E> source(InputErrors errors, String source, Class<E> type) {
        return errors.required("source", source).flatMap(name -> errors.parse("source", () -> {
            try {
                return Enum.valueOf(type, name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("must be one of " + Arrays.toString(type.getEnumConstants()), e);
            }
        }));
    }

    static Optional<Instant> answeredAt(InputErrors errors, Instant answeredAt, Clock clock) {
        Optional<Instant> answered = errors.required("answeredAt", answeredAt);
        if (answered.filter(at -> at.isAfter(clock.instant())).isPresent()) {
            errors.add("answeredAt", "must not be in the future");
            return Optional.empty();
        }
        return answered;
    }

    static Optional<String> text(InputErrors errors, String field, String text) {
        if (text != null && text.length() > MAX_TEXT) {
            errors.add(field, "must be at most " + MAX_TEXT + " characters");
        }
        return Optional.ofNullable(text);
    }
}
