package io.successdesk.domain.cta;

/** A CTA was asked to move between statuses its lifecycle does not connect. */
public final class IllegalCtaTransitionException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final CtaStatus from;
    private final CtaStatus to;

    public IllegalCtaTransitionException(String ctaId, CtaStatus from, CtaStatus to) {
        super("CTA " + ctaId + " cannot move from " + from + " to " + to + "; "
                + (from.next().isEmpty() ? from + " is final" : "from " + from + " it may only move to " + from.next()));
        this.from = from;
        this.to = to;
    }

    public CtaStatus from() {
        return from;
    }

    public CtaStatus to() {
        return to;
    }
}
