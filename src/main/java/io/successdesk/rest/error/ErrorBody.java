package io.successdesk.rest.error;

import java.util.Map;

/** The body of every error answer: a general message and, for bad input, one message per field. */
public record ErrorBody(String message, Map<String, String> errors) {

    public static ErrorBody of(String message) {
        return new ErrorBody(message, Map.of());
    }
}
