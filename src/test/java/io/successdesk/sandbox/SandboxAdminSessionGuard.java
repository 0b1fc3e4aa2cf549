package io.successdesk.sandbox;

import io.successdesk.app.security.AdminSessionGuard;

/** The sandbox has no WebSudo: an administrator's session always counts as freshly confirmed. */
final class SandboxAdminSessionGuard implements AdminSessionGuard {

    @Override
    public void requireSecureAdminSession() {
        // always confirmed in the sandbox
    }
}
