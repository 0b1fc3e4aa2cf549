package io.successdesk.store;

/** The idempotency key of a survey response: its source and external id. */
final class VocKeys {

    static final int MAX_EXTERNAL_ID = 255;

    private VocKeys() {
    }

    static String responseKey(String source, String externalId) {
        if (externalId.length() > MAX_EXTERNAL_ID) {
            throw new IllegalArgumentException("external id must be at most " + MAX_EXTERNAL_ID + " characters");
        }
        return source + ":" + externalId;
    }
}
