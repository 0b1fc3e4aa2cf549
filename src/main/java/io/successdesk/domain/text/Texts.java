package io.successdesk.domain.text;

import java.util.Objects;
import java.util.Optional;

/**
 * Rules for user-entered text: surrounding whitespace is stripped, then the text must be non-empty (when
 * required) and at most a given number of characters (UTF-16 code units, as stored).
 */
public final class Texts {

    private Texts() {
    }

    /**
     * What is wrong with a required text, phrased to follow a field name ("is required", "must be at most 255
     * characters"), or empty when it is acceptable. A null value reads as missing.
     */
    public static Optional<String> problemWithRequired(String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return Optional.of("is required");
        }
        return problemWithOptional(value, maxLength);
    }

    /** Like {@link #problemWithRequired} but an empty or null text is acceptable. */
    public static Optional<String> problemWithOptional(String value, int maxLength) {
        if (value != null && value.strip().length() > maxLength) {
            return Optional.of("must be at most " + maxLength + " characters");
        }
        return Optional.empty();
    }

    /**
     * The stripped text. @throws IllegalArgumentException naming {@code what} when it is blank or longer
     * than {@code maxLength} after stripping
     */
    public static String required(String value, String what, int maxLength) {
        problemWithRequired(value, maxLength).ifPresent(problem -> {
            throw new IllegalArgumentException(what + " " + problem);
        });
        return value.strip();
    }

    /** The stripped text, possibly empty. @throws IllegalArgumentException when it is too long */
    public static String optional(String value, String what, int maxLength) {
        Objects.requireNonNull(value, what);
        problemWithOptional(value, maxLength).ifPresent(problem -> {
            throw new IllegalArgumentException(what + " " + problem);
        });
        return value.strip();
    }
}
