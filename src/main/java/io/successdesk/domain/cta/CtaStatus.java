package io.successdesk.domain.cta;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of a call to action. Legal transitions:
 * <pre>
 * OPEN    → SNOOZED (until a date, with a reason) | CLOSED
 * SNOOZED → OPEN (woken by hand or when the date comes) | CLOSED
 * CLOSED  → (final)
 * </pre>
 * Closing a snoozed CTA directly is allowed so a CSM need not wake it first only to close it.
 */
public enum CtaStatus {
    OPEN, SNOOZED, CLOSED;

    /** The statuses this one may move to. */
    public Set<CtaStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(SNOOZED, CLOSED);
            case SNOOZED -> EnumSet.of(OPEN, CLOSED);
            case CLOSED -> EnumSet.noneOf(CtaStatus.class);
        };
    }

    public boolean canMoveTo(CtaStatus target) {
        return next().contains(target);
    }

    /** Open or snoozed: a CTA that blocks a duplicate. */
    public boolean isActive() {
        return this != CLOSED;
    }
}
