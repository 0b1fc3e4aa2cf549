package io.successdesk.sandbox;

import io.successdesk.app.security.AdminSessionGuard;
import io.successdesk.app.security.AdminSessionRequiredException;

/** Like the app's WebSudo guard: a configuration change needs the request to run in a confirmed admin session. */
final class SandboxAdminSessionGuard implements AdminSessionGuard {

    private final SandboxWebSudo webSudo;

    SandboxAdminSessionGuard(SandboxWebSudo webSudo) {
        this.webSudo = webSudo;
    }

    @Override
    public void requireSecureAdminSession() {
        if (!webSudo.currentRequestConfirmed()) {
            throw new AdminSessionRequiredException();
        }
    }
}
