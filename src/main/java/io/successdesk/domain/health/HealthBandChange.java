package io.successdesk.domain.health;

import io.successdesk.domain.timeline.TimelineKind;
import io.successdesk.domain.timeline.TimelinePosition;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A day on which an account's shown (effective) band differed from the band of its previous snapshot with a band.
 *
 * @param day   the snapshot's day (UTC)
 * @param from  the band of the previous snapshot
 * @param to    the band of this day
 * @param score the shown score of this day, when there was one
 */
public record HealthBandChange(LocalDate day, HealthBand from, HealthBand to, Optional<HealthScore> score) {

    public HealthBandChange {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(score, "score");
        if (from == to) {
            throw new IllegalArgumentException("a band change needs two different bands, got " + from + " twice");
        }
    }

    /** Where the change stands in its account's timeline: at the start of its day (UTC), named by the day. */
    public TimelinePosition timelinePosition() {
        return new TimelinePosition(day.atStartOfDay(ZoneOffset.UTC).toInstant(), TimelineKind.HEALTH_CHANGE,
                day.toString());
    }

    /** Finds the band changes among one account's banded days offered newest first. */
    public static final class Finder {

        private final int wanted;
        private final List<HealthBandChange> found = new ArrayList<>();
        private Optional<Offered> newer = Optional.empty();

        /** @param wanted how many changes to find at most */
        public Finder(int wanted) {
            if (wanted < 0) {
                throw new IllegalArgumentException("wanted must be 0 or more, got " + wanted);
            }
            this.wanted = wanted;
        }

        /**
         * The next older banded day; answers whether more days are needed.
         *
         * @throws IllegalArgumentException when the day is not older than the one offered before
         */
        public boolean offer(LocalDate day, HealthBand band, Optional<HealthScore> score) {
            newer.filter(last -> !day.isBefore(last.day())).ifPresent(last -> {
                throw new IllegalArgumentException("days must be offered newest first: " + day + " after " + last.day());
            });
            newer.filter(last -> last.band() != band && found.size() < wanted)
                    .ifPresent(last -> found.add(new HealthBandChange(last.day(), band, last.band(), last.score())));
            newer = Optional.of(new Offered(day, band, score));
            return found.size() < wanted;
        }

        /** The changes found, newest first. */
        public List<HealthBandChange> changes() {
            return List.copyOf(found);
        }

        private record Offered(LocalDate day, HealthBand band, Optional<HealthScore> score) {
        }
    }
}
