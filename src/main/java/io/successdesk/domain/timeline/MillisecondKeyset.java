package io.successdesk.domain.timeline;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A timeline page of one kind read from rows whose instants a database keeps in milliseconds. The database orders by
 * instant; the tie-break by reference id is Java's String order, which a database collation need not follow. So a
 * page is the newest {@code limit} rows before the cursor's millisecond, plus every row of the cursor's millisecond and
 * of the oldest millisecond read (both small), sorted and cut here in timeline order.
 */
public final class MillisecondKeyset {

    /** How a store reads one kind's rows of one account. */
    public interface Rows<T> {

        /**
         * At most {@code limit} rows, newest instant first (any order within one millisecond), whose millisecond is
         * before {@code millis} (or at it too when {@code inclusive}); empty {@code millis}: from the newest.
         */
        List<T> newest(Optional<Long> millis, boolean inclusive, int limit);

        /** Every row at exactly this millisecond. */
        List<T> at(long millis);
    }

    private MillisecondKeyset() {
    }

    /**
     * The first {@code limit} rows strictly after {@code after} in timeline order.
     *
     * @param position the row's place in the timeline; its instant must be the stored millisecond
     */
    public static <T> List<T> page(Optional<TimelinePosition> after, int limit, Function<T, TimelinePosition> position,
                                   Rows<T> rows) {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(position, "position");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        Map<TimelinePosition, T> found = new LinkedHashMap<>();
        Optional<Long> before = after.map(cursor -> cursor.at().toEpochMilli());
        // a cursor between two milliseconds comes before every row of the millisecond it falls in
        boolean betweenMillis = after.filter(cursor -> cursor.at().getNano() % 1_000_000 != 0).isPresent();
        if (before.isPresent() && !betweenMillis) {
            rows.at(before.get()).forEach(row -> found.put(position.apply(row), row));
        }
        List<T> newest = rows.newest(before, betweenMillis, limit);
        newest.forEach(row -> found.put(position.apply(row), row));
        if (newest.size() == limit) {
            rows.at(position.apply(newest.get(newest.size() - 1)).at().toEpochMilli())
                    .forEach(row -> found.put(position.apply(row), row));
        }
        return found.entrySet().stream()
                .filter(entry -> after.map(cursor -> cursor.isFollowedBy(entry.getKey())).orElse(true))
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .limit(limit)
                .map(Map.Entry::getValue)
                .toList();
    }
}
