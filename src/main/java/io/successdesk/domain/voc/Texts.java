package io.successdesk.domain.voc;

import java.util.Objects;
import java.util.Optional;

/** Checks shared by the response records. */
final class Texts {

    private Texts() {
    }

    static String requireExternalId(String externalId) {
        Objects.requireNonNull(externalId, "externalId");
        if (externalId.isBlank()) {
            throw new IllegalArgumentException("external id must not be blank");
        }
        return externalId.strip();
    }

    /** Blank text reads as absent. */
    static Optional<String> blankToEmpty(Optional<String> text, String name) {
        Objects.requireNonNull(text, name);
        return text.map(String::strip).filter(value -> !value.isEmpty());
    }
}
