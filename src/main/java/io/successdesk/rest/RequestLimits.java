package io.successdesk.rest;

/** Bounds on what one request may carry, so no caller can make the server read or hold unbounded data. */
public final class RequestLimits {

    /** Largest JSON body of an ordinary endpoint. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;
    /** Largest body of an import (CSV or JSON). */
    public static final int MAX_IMPORT_BYTES = 32 * 1024 * 1024;
    /** Most rows in one bulk upsert request. */
    public static final int MAX_BULK_ROWS = 1000;
    /** Most rows in one import. */
    public static final int MAX_IMPORT_ROWS = 100_000;
    /** Most elements of any list field inside one object (email domains, organization ids, …). */
    public static final int MAX_LIST_LENGTH = 200;

    private RequestLimits() {
    }
}
