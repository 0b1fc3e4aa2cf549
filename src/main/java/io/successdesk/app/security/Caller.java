package io.successdesk.app.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The user behind a request and the capabilities the permission model grants them. */
public record Caller(Optional<String> userKey, Set<Capability> capabilities) {

    public Caller {
        Objects.requireNonNull(userKey, "userKey");
        capabilities = capabilities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(capabilities));
    }

    public static Caller anonymous() {
        return new Caller(Optional.empty(), Set.of());
    }

    public boolean isAnonymous() {
        return userKey.isEmpty();
    }

    public boolean can(Capability capability) {
        return capabilities.contains(capability);
    }
}
