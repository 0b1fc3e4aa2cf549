package io.successdesk.rest;

import io.successdesk.app.NotFoundException;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Caller;
import io.successdesk.app.security.Capability;
import jakarta.ws.rs.ForbiddenException;

/**
 * The server-side checks every resource method starts with (docs/product.md §10): what the caller may not see answers
 * 404; what they may see but not change answers 403.
 */
public final class Permissions {

    private Permissions() {
    }

    /** The caller, who must hold {@code capability}; 404 naming {@code what} otherwise. */
    public static Caller toSee(AccessPolicy policy, Capability capability, String what) {
        return policy.require(capability, what);
    }

    /** The caller, who must be allowed to see ({@code view}) and to change ({@code edit}) {@code what}. */
    public static Caller toChange(AccessPolicy policy, Capability view, Capability edit, String what) {
        Caller caller = policy.require(view, what);
        if (!caller.can(edit)) {
            throw new ForbiddenException("You may not change " + what + ".");
        }
        return caller;
    }

    /** The caller's user key, for the audit log; callers reaching a resource are always logged in. */
    public static String actor(Caller caller) {
        return caller.userKey().orElseThrow(() -> new NotFoundException("user"));
    }
}
