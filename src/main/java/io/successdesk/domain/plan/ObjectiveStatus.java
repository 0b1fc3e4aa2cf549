package io.successdesk.domain.plan;

/**
 * Where an objective is: {@code NOT_STARTED → IN_PROGRESS → ACHIEVED | MISSED}. {@code NOT_STARTED → MISSED}
 * is legal too: an objective whose due date passed before anyone started on it was missed, and forcing a
 * fake "in progress" step would falsify the record. {@code NOT_STARTED → ACHIEVED} is not: work is started
 * before it is achieved. ACHIEVED and MISSED are final.
 */
public enum ObjectiveStatus {
    NOT_STARTED, IN_PROGRESS, ACHIEVED, MISSED;

    /** The legal transitions. */
    public static final Lifecycle<ObjectiveStatus> LIFECYCLE = Lifecycle.of("objective", ObjectiveStatus.class)
            .allow(NOT_STARTED, IN_PROGRESS, MISSED)
            .allow(IN_PROGRESS, ACHIEVED, MISSED);

    public boolean isFinal() {
        return LIFECYCLE.isTerminal(this);
    }
}
