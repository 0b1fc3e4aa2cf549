package io.successdesk.app.voc;

import org.jspecify.annotations.Nullable;
import io.successdesk.app.validation.EnumNames;
import io.successdesk.app.validation.FieldErrors;
import io.successdesk.domain.account.AccountKey;

import java.time.Clock;
import java.time.Instant;

/**
 * Field checks shared by the CSAT and NPS ingestion. Like {@link FieldErrors}, each returns the usable value or
 * null after recording the problem.
 */
final class Submissions {

    static final int MAX_EXTERNAL_ID = 255;
    static final int MAX_TEXT = 4000;

    private Submissions() {
    }

    static String externalId(FieldErrors errors, @Nullable String externalId) {
        return errors.requiredText("externalId", externalId, MAX_EXTERNAL_ID);
    }

    static AccountKey account(FieldErrors errors, @Nullable String accountKey) {
        return errors.parse("accountKey", accountKey, AccountKey::of);
    }

    static <E extends Enum<E>> E source(FieldErrors errors, @Nullable String source, Class<E> type) {
        return errors.parse("source", source, name -> EnumNames.parse(name, type));
    }

    @SuppressWarnings("NullAway") // null only after recording the error, as FieldErrors' checks (throwIfAny before use)
    static Instant answeredAt(FieldErrors errors, @Nullable Instant answeredAt, Clock clock) {
        Instant answered = errors.required("answeredAt", answeredAt);
        if (answered != null && answered.isAfter(clock.instant())) {
            errors.add("answeredAt", "must not be in the future");
            return null;
        }
        return answered;
    }

    static @Nullable String text(FieldErrors errors, String field, @Nullable String text) {
        if (text != null && text.length() > MAX_TEXT) {
            errors.add(field, "must be at most " + MAX_TEXT + " characters");
        }
        return text;
    }

    /**
     * Validates every row first ({@link #requireAllValid}), then ingests each: all rows or, when any is invalid,
     * none.
     *
     * @return per row, what {@code ingest} answered
     * @throws InvalidInputException naming every invalid field of every row
     */
    static <S> java.util.List<IngestOutcome> ingestAll(java.util.List<S> rows, java.util.function.Consumer<S> validate,
                                                       java.util.function.Function<S, IngestOutcome> ingest) {
        requireAllValid(rows, validate);
        return rows.stream().map(ingest).toList();
    }

    /**
     * Validates every row with {@code validate}, naming fields {@code rows[i].field}.
     *
     * @throws InvalidInputException naming every invalid field of every row
     */
    static <S> void requireAllValid(java.util.List<S> rows, java.util.function.Consumer<S> validate) {
        java.util.Map<String, String> errors = new java.util.TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            try {
                validate.accept(rows.get(i));
            } catch (io.successdesk.app.InvalidInputException e) {
                String prefix = "rows[" + i + "].";
                e.errors().forEach((field, message) -> errors.put(prefix + field, message));
            }
        }
        if (!errors.isEmpty()) {
            throw new io.successdesk.app.InvalidInputException(errors);
        }
    }
}
