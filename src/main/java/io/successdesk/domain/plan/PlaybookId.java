package io.successdesk.domain.plan;

import java.util.Objects;
import java.util.UUID;

/** A playbook template's identity: a UUID chosen when the template is first saved. */
public record PlaybookId(UUID value) {

    public PlaybookId {
        Objects.requireNonNull(value, "value");
    }

    /** @throws IllegalArgumentException when the text is not a UUID */
    public static PlaybookId parse(String text) {
        return new PlaybookId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
