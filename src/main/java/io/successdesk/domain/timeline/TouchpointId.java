package io.successdesk.domain.timeline;

import java.util.Objects;
import java.util.UUID;

/** A touchpoint's identity: a UUID chosen when it is logged. */
public record TouchpointId(UUID value) {

    public TouchpointId {
        Objects.requireNonNull(value, "value");
    }

    /** @throws IllegalArgumentException when the text is not a UUID */
    public static TouchpointId parse(String text) {
        return new TouchpointId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
