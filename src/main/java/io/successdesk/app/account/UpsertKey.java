package io.successdesk.app.account;

/** How a bulk upsert row finds the account it updates. */
public enum UpsertKey {
    /** By account key; a row with an unknown key creates an account. */
    KEY,
    /** By CRM external id; a row with an unknown external id creates an account and then needs a key. */
    EXTERNAL_ID
}
