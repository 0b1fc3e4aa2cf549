package io.successdesk.app.voc;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A JSM request's satisfaction rating as JSM keeps it: 1–5, an optional comment, when it was given if known. */
public record JsmSatisfaction(int rating, Optional<String> comment, Optional<Instant> answeredAt) {

    public JsmSatisfaction {
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(answeredAt, "answeredAt");
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("a JSM satisfaction rating is 1–5, got " + rating);
        }
    }
}
