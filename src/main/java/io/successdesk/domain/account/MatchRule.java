package io.successdesk.domain.account;

/** The rule of docs/product.md §2 that tied an issue to its account, in the order the rules are tried. */
public enum MatchRule {
    /** An agent or CSM linked the issue to the account by hand. */
    MANUAL_LINK,
    /** The request's JSM organization belongs to the account. */
    JSM_ORGANIZATION,
    /** The configured custom field holds the account's key or external id. */
    CUSTOM_FIELD,
    /** The reporter's e-mail domain is one of the account's domains. */
    EMAIL_DOMAIN,
    /** A parent of the reporter's e-mail domain ({@code acme.com} for {@code eu.acme.com}) is one of the account's domains. */
    EMAIL_PARENT_DOMAIN,
    /** The project names the account as its default. */
    PROJECT_DEFAULT
}
