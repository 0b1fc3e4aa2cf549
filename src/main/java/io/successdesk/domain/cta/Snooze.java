package io.successdesk.domain.cta;

import java.time.LocalDate;
import java.util.Objects;

/** A CTA put aside until a day (UTC; it wakes on that day), with the reason why. */
public record Snooze(LocalDate until, String reason) {

    public Snooze {
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a snooze needs a reason");
        }
    }
}
