package io.successdesk.store;

import io.successdesk.domain.timeline.TimelinePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Reads a store's timeline of one kind page after page, each from the last page's cursor, to the end. */
final class TimelineWalk {

    private TimelineWalk() {
    }

    static <T> List<T> all(BiFunction<Optional<TimelinePosition>, Integer, List<T>> page,
                           Function<T, TimelinePosition> position, int limit) {
        List<T> walked = new ArrayList<>();
        Optional<TimelinePosition> cursor = Optional.empty();
        while (true) {
            List<T> read = page.apply(cursor, limit);
            walked.addAll(read);
            if (read.size() < limit) {
                return walked;
            }
            cursor = Optional.of(position.apply(read.get(read.size() - 1)));
        }
    }
}
