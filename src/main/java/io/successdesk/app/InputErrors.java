package io.successdesk.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Collects one message per offending input field, then fails with all of them at once. */
public final class InputErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    /** Records a problem; the first message for a field wins. */
    public void add(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    /** A required value: records "is required" when it is null. */
    public <T> Optional<T> required(String field, T value) {
        if (value == null) {
            add(field, "is required");
        }
        return Optional.ofNullable(value);
    }

    /**
     * Builds a value from input, turning an {@link IllegalArgumentException} (the domain's refusal) into a message
     * for {@code field}.
     */
    public <T> Optional<T> parse(String field, Supplier<T> builder) {
        try {
            return Optional.of(builder.get());
        } catch (IllegalArgumentException e) {
            add(field, e.getMessage());
            return Optional.empty();
        }
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** @throws InvalidInputException naming every recorded field, when there is any */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
