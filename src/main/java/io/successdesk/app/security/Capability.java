package io.successdesk.app.security;

/** What a user may do in SuccessDesk beyond issue-scoped reads, which follow Jira's browse permission. */
public enum Capability {
    /** Account pages, lists and dashboards: CSM groups, viewer groups, admins. */
    VIEW_ACCOUNTS,
    /** Edits to accounts, plans, touchpoints and overrides: CSM groups and admins. */
    EDIT_ACCOUNTS,
    /** ARR and revenue, everywhere: the financial-viewers groups and admins. */
    VIEW_FINANCIALS,
    /** Configuration: Jira administrators. */
    ADMINISTER
}
