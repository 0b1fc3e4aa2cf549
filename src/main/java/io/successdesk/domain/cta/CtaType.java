package io.successdesk.domain.cta;

/** The four kinds of call to action of docs/product.md §5. */
public enum CtaType {
    /** The account may churn or shrink. */
    RISK,
    /** The account may expand or buy more. */
    OPPORTUNITY,
    /** A date in the customer's lifecycle needs attention (renewal, onboarding). */
    LIFECYCLE,
    /** The CSM has not been in touch. */
    ACTIVITY
}
