package io.successdesk.app.validation;

import io.successdesk.app.InvalidInputException;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.text.Texts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Collects what is wrong with each field of one request, so a caller hears about every bad field at once;
 * {@link #throwIfAny()} then raises one {@link InvalidInputException}. The checking methods return the
 * usable value, or {@code null} when the field is bad; use those values only after {@code throwIfAny()}.
 */
public final class FieldErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    /** Records {@code message} for {@code field} unless the field already has a problem. */
    public void add(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    /** The value, or null after recording "is required" when it is missing. */
    public <T> T required(String field, T value) {
        if (value == null) {
            add(field, "is required");
        }
        return value;
    }

    /**
     * The value built from {@code raw}, or null after recording "is required" when {@code raw} is null, or the
     * message of the {@link IllegalArgumentException} with which {@code builder} (typically a domain factory such
     * as {@code CsatRating::of}) refuses it.
     */
    public <S, T> T parse(String field, S raw, Function<? super S, ? extends T> builder) {
        if (required(field, raw) == null) {
            return null;
        }
        try {
            return builder.apply(raw);
        } catch (IllegalArgumentException e) {
            add(field, e.getMessage());
            return null;
        }
    }

    /** The account key, or null after recording that it is missing or malformed. */
    public AccountKey accountKey(String field, String value) {
        if (AccountKey.isValid(value)) {
            return AccountKey.of(value);
        }
        add(field, value == null || value.isBlank()
                ? "is required" : "must be an account key such as ACME (A–Z, 0–9, _; 2–20 characters)");
        return null;
    }

    /** The stripped text, or null after recording why it is missing or too long. */
    public String requiredText(String field, String value, int maxLength) {
        Optional<String> problem = Texts.problemWithRequired(value, maxLength);
        problem.ifPresent(message -> add(field, message));
        return problem.isPresent() ? null : value.strip();
    }

    /** The stripped text ("" when null), or null after recording that it is too long. */
    public String optionalText(String field, String value, int maxLength) {
        Optional<String> problem = Texts.problemWithOptional(value, maxLength);
        problem.ifPresent(message -> add(field, message));
        return problem.isPresent() ? null : (value == null ? "" : value.strip());
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** @throws InvalidInputException listing every recorded field when there is any */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
