package io.successdesk.app.audit;

import io.successdesk.domain.timeline.TimelineKind;
import io.successdesk.domain.timeline.TimelinePosition;

import java.util.Objects;

/** An audit entry with the number the trail gave it, unique and growing in the order entries were recorded. */
public record NumberedAuditEntry(long number, AuditEntry entry) {

    public NumberedAuditEntry {
        Objects.requireNonNull(entry, "entry");
    }

    /** Where the entry stands in an account timeline as an entry of {@code kind}, named by its number. */
    public TimelinePosition timelinePosition(TimelineKind kind) {
        return new TimelinePosition(entry.at(), kind, Long.toString(number));
    }
}
