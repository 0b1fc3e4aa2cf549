package io.successdesk.domain.timeline;

import io.successdesk.domain.text.Texts;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;

/**
 * One line of an account timeline.
 *
 * @param position when it happened, what kind it is and which thing it refers to
 * @param title    a one-line description, 1–255 characters ("Ticket SUP-12 opened", "Health fell to 48 (red)")
 * @param details  what a screen needs to word the entry in the reader's language, by name (a CSAT entry's
 *                 {@code rating}, a band change's {@code from} and {@code to} …); the kinds document their names
 */
public record TimelineEntry(TimelinePosition position, String title, Map<String, String> details) {

    public static final int MAX_TITLE_LENGTH = 255;
    /** Timeline order: newest first, ties broken as {@link TimelinePosition} documents. */
    public static final Comparator<TimelineEntry> TIMELINE_ORDER = Comparator.comparing(TimelineEntry::position);

    public TimelineEntry {
        Objects.requireNonNull(position, "position");
        title = Texts.required(title, "timeline title", MAX_TITLE_LENGTH);
        details = Map.copyOf(details);
    }

    /** An entry whose title says it all (a ticket's issue key, a touchpoint's summary). */
    public TimelineEntry(TimelinePosition position, String title) {
        this(position, title, Map.of());
    }

    public static TimelineEntry of(Instant at, TimelineKind kind, String referenceId, String title) {
        return new TimelineEntry(new TimelinePosition(at, kind, referenceId), title);
    }

    public Instant at() {
        return position.at();
    }

    public TimelineKind kind() {
        return position.kind();
    }

    public String referenceId() {
        return position.referenceId();
    }
}
