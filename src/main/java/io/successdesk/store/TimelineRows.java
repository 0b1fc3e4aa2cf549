package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.successdesk.domain.timeline.MillisecondKeyset;
import net.java.ao.Entity;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The rows one timeline kind is read from: those a fixed condition selects (one account's), ordered by a column of
 * epoch milliseconds. The reads run in the caller's transaction.
 */
final class TimelineRows<E extends Entity, T> implements MillisecondKeyset.Rows<T> {

    private final ActiveObjects ao;
    private final Class<E> type;
    private final Supplier<Criteria> selection;
    private final String millisColumn;
    private final Function<E, T> mapper;

    /** @param selection a fresh criteria for each read (criteria collect conditions) */
    TimelineRows(ActiveObjects ao, Class<E> type, Supplier<Criteria> selection, String millisColumn,
                 Function<E, T> mapper) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.type = Objects.requireNonNull(type, "type");
        this.selection = Objects.requireNonNull(selection, "selection");
        this.millisColumn = Objects.requireNonNull(millisColumn, "millisColumn");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    @Override
    public List<T> newest(Optional<Long> millis, boolean inclusive, int limit) {
        Criteria criteria = selection.get();
        millis.ifPresent(before -> criteria.and(millisColumn + (inclusive ? " <= ?" : " < ?"), before));
        return read(criteria.applyTo(Query.select()).order(millisColumn + " DESC").limit(limit));
    }

    @Override
    public List<T> at(long millis) {
        return read(selection.get().and(millisColumn + " = ?", millis).applyTo(Query.select()));
    }

    private List<T> read(Query query) {
        return Arrays.stream(ao.find(type, query)).map(mapper).toList();
    }
}
