package io.successdesk.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import net.java.ao.Query;

/** A WHERE clause built from optional conditions, each with its own parameters, joined by AND. */
final class Criteria {

    /** Most values one {@link #in} list takes: within every supported database's parameter limit. */
    static final int MAX_IN = 500;

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    Criteria and(String condition, Object... values) {
        conditions.add(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    Criteria in(String column, Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("IN list for " + column + " must not be empty");
        }
        return and(column + " IN (" + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")",
                values.toArray());
    }

    /** {@code values} cut into lists of at most {@link #MAX_IN}, one statement's IN list each. */
    static List<List<String>> inChunks(List<String> values) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += MAX_IN) {
            chunks.add(values.subList(from, Math.min(values.size(), from + MAX_IN)));
        }
        return chunks;
    }

    Query applyTo(Query query) {
        return conditions.isEmpty() ? query : query.where(String.join(" AND ", conditions), parameters.toArray());
    }
}
