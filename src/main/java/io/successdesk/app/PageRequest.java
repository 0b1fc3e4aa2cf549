package io.successdesk.app;

/** A bounded slice of an ordered result: skip {@code offset} rows, return at most {@code limit}. */
public record PageRequest(int offset, int limit) {

    public static final int MAX_LIMIT = 500;
    public static final int DEFAULT_LIMIT = 50;

    public PageRequest {
        if (offset < 0) {
            throw new InvalidInputException("offset", "must be 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }

    public PageRequest next() {
        return new PageRequest(offset + limit, limit);
    }
}
