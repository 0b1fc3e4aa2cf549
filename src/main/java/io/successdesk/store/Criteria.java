package io.successdesk.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import net.java.ao.Query;

/** A WHERE clause built from optional conditions, each with its own parameters, joined by AND. */
final class Criteria {

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

    Query applyTo(Query query) {
        return conditions.isEmpty() ? query : query.where(String.join(" AND ", conditions), parameters.toArray());
    }
}
