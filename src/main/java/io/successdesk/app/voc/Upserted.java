package io.successdesk.app.voc;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of storing a response by its source + external id.
 *
 * @param previous the response stored before, for {@code UPDATED} (audited as "before") and {@code UNCHANGED}
 */
public record Upserted<T>(IngestOutcome outcome, Optional<T> previous) {

    public Upserted {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(previous, "previous");
        if (previous.isPresent() == (outcome == IngestOutcome.CREATED)) {
            throw new IllegalArgumentException("a created response has no previous one, any other has");
        }
    }

    public static <T> Upserted<T> created() {
        return new Upserted<>(IngestOutcome.CREATED, Optional.empty());
    }

    public static <T> Upserted<T> updated(T previous) {
        return new Upserted<>(IngestOutcome.UPDATED, Optional.of(previous));
    }

    public static <T> Upserted<T> unchanged(T previous) {
        return new Upserted<>(IngestOutcome.UNCHANGED, Optional.of(previous));
    }
}
