package io.successdesk.rest.voc;

import io.successdesk.app.InvalidInputException;
import io.successdesk.rest.WireNames;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The sources REST callers may ingest CSAT and NPS answers from (issue 10): imports, and NPS typed in by a CSM.
 * JSM ratings and survey answers come only from the app's own capture paths (the JSM satisfaction listener and the
 * survey page); accepting them here would let a caller pre-empt or suppress a real answer with the same source and
 * external id.
 */
final class IngestSources {

    static final Set<String> CSAT = Set.of("import");
    static final Set<String> NPS = Set.of("import", "manual");

    private IngestSources() {
    }

    /** Refuses rows whose {@code source} is not in {@code allowed}, naming {@code source} (or {@code rows[i].source}). */
    static <T> void require(List<T> rows, Function<T, String> source, Set<String> allowed, boolean bulk) {
        Map<String, String> errors = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String value = source.apply(rows.get(i));
            if (value != null && !allowed.contains(WireNames.normalized(value))) {
                errors.put((bulk ? "rows[" + i + "]." : "") + "source", "must be one of " + new java.util.TreeSet<>(allowed)
                        + " over REST; jsm and survey answers are captured by SuccessDesk itself");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
