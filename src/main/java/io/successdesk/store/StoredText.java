package io.successdesk.store;

/** Blank strings are stored as null (Oracle cannot tell them apart), and read back as empty. */
final class StoredText {

    private StoredText() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
