package io.successdesk.app.validation;

import org.jspecify.annotations.Nullable;
import io.successdesk.app.InvalidInputException;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.text.Texts;

import java.util.Objects;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Collects what is wrong with each field of one request, so a caller hears about every bad field at once;
 * {@link #throwIfAny()} then raises one {@link InvalidInputException}. The checking methods return the
 * usable value, or {@code null} when the field is bad; use those values only after {@code throwIfAny()}.
 */
// Each check returns null after recording an error; callers call throwIfAny() before they use any value, so the values
// they use are never null. NullAway cannot see that contract, hence the suppression here and only here.
@SuppressWarnings("NullAway")
public final class FieldErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    /** Records {@code message} for {@code field} unless the field already has a problem. */
    public void add(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    /** The value, or null after recording "is required" when it is missing. */
    public <T> T required(String field, @Nullable T value) {
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
    public <S, T> T parse(String field, @Nullable S raw, Function<? super S, ? extends T> builder) {
        if (required(field, raw) == null) {
            return null;
        }
        try {
            return builder.apply(raw);
        } catch (IllegalArgumentException e) {
            add(field, Objects.requireNonNullElse(e.getMessage(), e.toString()));
            return null;
        }
    }

    /** The account key, or null after recording that it is missing or malformed. */
    public AccountKey accountKey(String field, @Nullable String value) {
        if (AccountKey.isValid(value)) {
            return AccountKey.of(value);
        }
        add(field, value == null || value.isBlank()
                ? "is required" : "must be an account key such as ACME (A–Z, 0–9, _; 2–20 characters)");
        return null;
    }

    /** The stripped text, or null after recording why it is missing or too long. */
    public String requiredText(String field, @Nullable String value, int maxLength) {
        Optional<String> problem = Texts.problemWithRequired(value, maxLength);
        problem.ifPresent(message -> add(field, message));
        return problem.isPresent() ? null : value.strip();
    }

    /** The stripped text ("" when null), or null after recording that it is too long. */
    public String optionalText(String field, @Nullable String value, int maxLength) {
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
