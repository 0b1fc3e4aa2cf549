package io.successdesk.app.security;

/**
 * Port: whether the current request runs in a freshly confirmed administrator session (Jira's WebSudo), which
 * configuration changes require (docs/product.md §10). The Jira adapter delegates to SAL's WebSudo manager.
 */
public interface AdminSessionGuard {

    /** @throws AdminSessionRequiredException when the administrator must confirm their password first */
    void requireSecureAdminSession();
}
