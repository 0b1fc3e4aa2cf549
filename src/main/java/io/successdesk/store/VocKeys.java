package io.successdesk.store;

import java.time.Instant;

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

    /** {@code instant} at the millisecond precision the response tables store. */
    static Instant millis(Instant instant) {
        return Instant.ofEpochMilli(instant.toEpochMilli());
    }
}
