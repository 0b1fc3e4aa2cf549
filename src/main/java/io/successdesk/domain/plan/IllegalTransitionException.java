package io.successdesk.domain.plan;

/** A change the current state does not allow, e.g. "plan cannot go from COMPLETED to ACTIVE". */
public final class IllegalTransitionException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public IllegalTransitionException(String reason) {
        super(reason);
    }
}
