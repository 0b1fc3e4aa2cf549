package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/** The idempotency key of a survey response: its source and external id. */
final class VocKeys {

    /** The idempotency key column, {@code SOURCE:EXTERNAL_ID}, of both response tables. */
    static final String RESPONSE_KEY = "RESPONSE_KEY";

    static final int MAX_EXTERNAL_ID = 255;

    private VocKeys() {
    }

    static String responseKey(String source, String externalId) {
        if (externalId.length() > MAX_EXTERNAL_ID) {
            throw new IllegalArgumentException("external id must be at most " + MAX_EXTERNAL_ID + " characters");
        }
        return source + ":" + externalId;
    }

    /** Whether a row of {@code type} already holds {@code key} in its unique {@code RESPONSE_KEY} column. */
    static boolean isStored(ActiveObjects ao, Class<? extends RawEntity<Integer>> type, String key) {
        return ao.count(type, Query.select().where(RESPONSE_KEY + " = ?", key)) > 0;
    }
}
