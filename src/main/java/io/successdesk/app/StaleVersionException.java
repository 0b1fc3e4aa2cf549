package io.successdesk.app;

/** An update named a version that is no longer current: someone else saved first (REST answers 409). */
public class StaleVersionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long expectedVersion;
    private final long actualVersion;

    public StaleVersionException(String what, long expectedVersion, long actualVersion) {
        super(what + " was changed by someone else (you had version " + expectedVersion + ", it is now " + actualVersion + ")");
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
