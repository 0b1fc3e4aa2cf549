package io.successdesk.app;

import java.util.LinkedHashMap;
import java.util.Map;

/** Input a caller can fix; carries one message per offending field (REST answers 400 with them). */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Map<String, String> errors;

    public InvalidInputException(String field, String message) {
        this(Map.of(field, message));
    }

    public InvalidInputException(Map<String, String> errors) {
        super(describe(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid-input error needs at least one field");
        }
        this.errors = Map.copyOf(errors);
    }

    /** Field name → message, in a stable order. */
    public Map<String, String> errors() {
        return new LinkedHashMap<>(new java.util.TreeMap<>(errors));
    }

    private static String describe(Map<String, String> errors) {
        StringBuilder text = new StringBuilder();
        new java.util.TreeMap<>(errors).forEach((field, message) ->
                text.append(text.length() == 0 ? "" : "; ").append(field).append(": ").append(message));
        return text.toString();
    }
}
