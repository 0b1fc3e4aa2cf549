package io.successdesk.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Conversions between domain values and the column types AO stores portably. */
final class StoredValues {

    private StoredValues() {
    }

    /** A 0–100 score as integer tenths of a point, rounded half-up (scores are kept to one decimal). */
    static int tenths(double score) {
        return (int) Math.round(score * 10);
    }

    static double fromTenths(int tenths) {
        return tenths / 10.0;
    }

    static int epochDay(LocalDate day) {
        return Math.toIntExact(day.toEpochDay());
    }

    static LocalDate day(int epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }

    /** Epoch milliseconds: instants are stored to the millisecond. */
    static long millis(Instant instant) {
        return instant.toEpochMilli();
    }

    static Long millisOrNull(Optional<Instant> instant) {
        return instant.map(Instant::toEpochMilli).orElse(null);
    }

    static Optional<Instant> instant(Long millis) {
        return Optional.ofNullable(millis).map(Instant::ofEpochMilli);
    }

    /** Blank strings are stored as null (Oracle cannot tell them apart)... */
    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** ...and read back as empty. */
    static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
