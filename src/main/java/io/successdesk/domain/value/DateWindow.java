package io.successdesk.domain.value;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A half-open window of days {@code [start, endExclusive)}. "The last 90 days as of day D" is
 * {@code lastDays(90, D)}: it ends after D and holds exactly 90 days.
 */
public record DateWindow(LocalDate start, LocalDate endExclusive) {

    public DateWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (endExclusive.isBefore(start)) {
            throw new IllegalArgumentException("window ends (" + endExclusive + ") before it starts (" + start + ")");
        }
    }

    /** The {@code days} days ending with {@code lastDay} inclusive. */
    public static DateWindow lastDays(int days, LocalDate lastDay) {
        if (days < 1) {
            throw new IllegalArgumentException("window must hold at least one day, got " + days);
        }
        LocalDate end = lastDay.plusDays(1);
        return new DateWindow(end.minusDays(days), end);
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, endExclusive);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(endExclusive);
    }

    /** Whether the instant falls in the window, days read in UTC. */
    public boolean contains(Instant instant) {
        return contains(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    /** The window of the same length that ends where this one starts. */
    public DateWindow previous() {
        long length = days();
        return new DateWindow(start.minusDays(length), start);
    }

    public Instant startInstant() {
        return start.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public Instant endInstantExclusive() {
        return endExclusive.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
