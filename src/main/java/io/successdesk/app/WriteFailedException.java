package io.successdesk.app;

/**
 * A write of many rows failed in the database (connection lost, database down) and was rolled back as a whole, so
 * nothing of it was stored; the caller may try again (REST answers 503 with this message and an incident id).
 */
public class WriteFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WriteFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
