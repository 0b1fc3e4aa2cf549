package io.successdesk.app;

/** The change contradicts existing data, e.g. a duplicate key or external id (REST answers 409). */
public class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
