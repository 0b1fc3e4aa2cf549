package io.successdesk.app.security;

/** The administrator must re-authenticate (WebSudo) before changing configuration (REST answers 401). */
public class AdminSessionRequiredException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AdminSessionRequiredException() {
        super("Confirm your administrator password to change the SuccessDesk configuration.");
    }
}
