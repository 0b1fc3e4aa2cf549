package io.successdesk.rest;

import io.successdesk.app.InvalidInputException;
import io.successdesk.app.PageRequest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Parses query parameters taken as strings, so a bad value answers 400 naming the parameter instead of the 404
 * JAX-RS gives for an unconvertible parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** {@code offset} and {@code limit} (default {@link PageRequest#DEFAULT_LIMIT}, at most {@link PageRequest#MAX_LIMIT}). */
    public static PageRequest page(String offset, String limit) {
        return new PageRequest(integer("offset", offset, 0), integer("limit", limit, PageRequest.DEFAULT_LIMIT));
    }

    public static int integer(String name, String value, int fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        if (!value.matches("-?\\d{1,9}")) {
            throw new InvalidInputException(name, "must be a whole number");
        }
        return Integer.parseInt(value);
    }

    public static long requiredLong(String name, String value) {
        if (value == null || !value.matches("-?\\d{1,18}")) {
            throw new InvalidInputException(name, value == null ? "is required" : "must be a whole number");
        }
        return Long.parseLong(value);
    }

    public static Optional<LocalDate> day(String name, String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be an ISO-8601 day like 2025-01-31");
        }
    }

    /** An enum constant by its wire name ({@link WireNames}) in any case; empty when absent, 400 naming it if unknown. */
    public static <E extends Enum<E>> Optional<E> choice(String name, String value, Class<E> type) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(WireNames.parse(name, value, type));
    }

    public static boolean flag(String name, String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw new InvalidInputException(name, "must be true or false");
        }
        return Boolean.parseBoolean(value);
    }
}
