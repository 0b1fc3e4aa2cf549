package io.successdesk.domain.health;

/**
 * The built-in health measures of docs/product.md §4, plus {@link #CUSTOM} for metrics pushed by REST. The comment on
 * each constant gives the unit of its observed value.
 */
public enum MeasureKind {
    /** Open support tickets now (count). */
    OPEN_TICKETS(false),
    /** Open tickets of high priority now (count). */
    OPEN_HIGH_PRIORITY(false),
    /** Tickets created in the last 30 days ÷ the prior 90-day monthly average (ratio; 1.0 = steady). */
    TICKET_VOLUME_TREND(false),
    /** Median time from creation to resolution of tickets resolved in the window (hours). */
    MEDIAN_TIME_TO_RESOLUTION(false),
    /** Median time from creation to first response by someone other than the reporter (hours). */
    MEDIAN_FIRST_RESPONSE(false),
    /** Share of tickets resolved in the window that were reopened (percent, 0–100). */
    REOPEN_RATE(false),
    /** Age of the oldest open ticket (days). */
    OLDEST_OPEN_AGE(false),
    /** Open defect tickets now (count). */
    OPEN_DEFECTS(false),
    /** Open question tickets now (count). */
    OPEN_QUESTIONS(false),
    /** CSAT share of 4–5 ratings in the window (percent, 0–100). */
    CSAT_SATISFIED(false),
    /** True NPS in the window (−100…+100). */
    NPS(false),
    /** CSM sentiment entered by hand (1 = very negative … 5 = very positive). */
    CSM_SENTIMENT(true),
    /** Days since the last logged touchpoint (days). */
    DAYS_SINCE_TOUCHPOINT(false),
    /** Days until the renewal date (days; negative once past). */
    DAYS_TO_RENEWAL(false),
    /**
     * ARR now vs 90 days ago (percent change; −100 = churned). Revenue: scored for financial viewers, never counted in
     * the overall score (see {@link #isRevenue()}).
     */
    ARR_CHANGE_90D(false),
    /** A metric pushed by REST, named by the {@link MeasureId}; unit defined by whoever pushes it. */
    CUSTOM(false);

    private final boolean manualInput;

    MeasureKind(boolean manualInput) {
        this.manualInput = manualInput;
    }

    /** Whether values are typed in by a person (and so may carry a validity period) rather than computed. */
    public boolean isManualInput() {
        return manualInput;
    }

    /**
     * Whether the measure's value is revenue data. Such a measure is scored and shown to financial viewers only, and
     * it never counts in the overall score: the score is shown to everyone who may see the account, and a weighted
     * mean that included it would give its score, and so the revenue change, back to anyone who knows the weights and
     * the other measures (docs/product.md, "Health score").
     */
    public boolean isRevenue() {
        return this == ARR_CHANGE_90D;
    }
}
