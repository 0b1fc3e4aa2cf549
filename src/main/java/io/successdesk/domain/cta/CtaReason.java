package io.successdesk.domain.cta;

/** Why a call to action was proposed; each reason belongs to exactly one {@link CtaType}. */
public enum CtaReason {
    /** Health band became red. */
    ENTERED_RED(CtaType.RISK),
    /** Health fell by at least N points within D days. */
    SCORE_DROP(CtaType.RISK),
    /** A CSAT answer at or below the low-rating threshold (default ≤ 2). */
    LOW_CSAT(CtaType.RISK),
    /** Renewal within the at-risk horizon (default 90 days) and health not green. */
    RENEWAL_AT_RISK(CtaType.RISK),
    /** Health band became green: time to talk expansion. */
    GREEN_EXPANSION(CtaType.OPPORTUNITY),
    /** A promoter NPS answer (9–10). */
    PROMOTER(CtaType.OPPORTUNITY),
    /** Product usage (a custom metric) grew past the threshold. */
    USAGE_GROWTH(CtaType.OPPORTUNITY),
    /** Renewal in 61–90 days. */
    RENEWAL_90(CtaType.LIFECYCLE),
    /** Renewal in 31–60 days. */
    RENEWAL_60(CtaType.LIFECYCLE),
    /** Renewal in 0–30 days. */
    RENEWAL_30(CtaType.LIFECYCLE),
    /** The onboarding plan is overdue. */
    ONBOARDING_OVERDUE(CtaType.LIFECYCLE),
    /** No touchpoint in N days. */
    NO_TOUCHPOINT(CtaType.ACTIVITY);

    private final CtaType type;

    CtaReason(CtaType type) {
        this.type = type;
    }

    public CtaType type() {
        return type;
    }

    /**
     * Whether the reason is a condition that can stop holding (a touchpoint logged, health back to green, the
     * onboarding plan done): an active CTA for it closes itself then, so nothing stays listed that is no longer
     * true. The other reasons record an event, which stays work for the CSM until they close it.
     */
    public boolean closesWhenConditionEnds() {
        return this == RENEWAL_AT_RISK || this == ONBOARDING_OVERDUE || this == NO_TOUCHPOINT;
    }
}
