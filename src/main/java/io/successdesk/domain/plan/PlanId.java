package io.successdesk.domain.plan;

import java.util.Objects;
import java.util.UUID;

/** A success plan's identity: a UUID chosen when the plan is created (not by the store). */
public record PlanId(UUID value) {

    public PlanId {
        Objects.requireNonNull(value, "value");
    }

    /** @throws IllegalArgumentException when the text is not a UUID */
    public static PlanId parse(String text) {
        return new PlanId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
