package io.successdesk.app;

/** The thing does not exist, or the caller may not know that it does (REST answers 404 for both). */
public class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
