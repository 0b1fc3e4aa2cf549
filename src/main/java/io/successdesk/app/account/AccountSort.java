package io.successdesk.app.account;

/** What an account list is ordered by; ties are broken by key, and absent values sort last either way. */
public enum AccountSort {
    KEY, NAME, TIER, RENEWAL_DATE, ARR, HEALTH_SCORE, UPDATED_AT;

    /** Sort direction. */
    public enum Direction { ASCENDING, DESCENDING }
}
