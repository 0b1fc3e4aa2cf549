package io.successdesk.domain.timeline;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where an entry stands in an account timeline, and the cursor for paging: "give me what comes after this
 * position". Timeline order is newest first; entries at the same instant are ordered by {@link TimelineKind}
 * declaration order, then by reference id ascending (String order). (instant, kind, reference id) is unique
 * per account because each kind's reference ids are unique, so the order is total and a cursor never skips
 * or repeats an entry, however many share an instant.
 *
 * @param at          when it happened
 * @param kind        what kind of entry
 * @param referenceId the id of the thing within its kind (issue key, CSAT response id, plan change id …)
 */
public record TimelinePosition(Instant at, TimelineKind kind, String referenceId) implements Comparable<TimelinePosition> {

    private static final Comparator<TimelinePosition> ORDER = Comparator
            .comparing(TimelinePosition::at, Comparator.reverseOrder())
            .thenComparing(TimelinePosition::kind)
            .thenComparing(TimelinePosition::referenceId);
    private static final String SEPARATOR = "~";

    public TimelinePosition {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(referenceId, "referenceId");
        if (referenceId.isEmpty()) {
            throw new IllegalArgumentException("a timeline reference id must not be empty");
        }
    }

    /** Negative when this position comes first in the timeline (is newer, or wins the tie-break). */
    @Override
    public int compareTo(TimelinePosition other) {
        return ORDER.compare(this, other);
    }

    /** Whether {@code other} comes strictly after this position, i.e. belongs on a later page. */
    public boolean isFollowedBy(TimelinePosition other) {
        return compareTo(other) < 0;
    }

    /** An opaque text form for URLs: {@code 2026-03-01T10:00:00Z~TICKET~SUP-12}. */
    public String token() {
        return at + SEPARATOR + kind + SEPARATOR + referenceId;
    }

    /** @throws IllegalArgumentException when the text is not a {@link #token()} */
    public static TimelinePosition parse(String token) {
        String[] parts = token.split(SEPARATOR, 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a timeline cursor looks like <instant>~<kind>~<id>, got '" + token + "'");
        }
        try {
            return new TimelinePosition(Instant.parse(parts[0]), TimelineKind.valueOf(parts[1]), parts[2]);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unreadable timeline cursor '" + token + "': " + e.getMessage(), e);
        }
    }
}
