package io.successdesk.app.account;

import io.successdesk.domain.account.AccountKey;

import java.util.SortedMap;

/**
 * Port: everything stored under an account key besides the account itself, removed when the account is deleted so
 * that a new account with the same key starts empty (docs/product.md, "Deleting an account").
 */
public interface AccountErasure {

    /**
     * Deletes, in the caller's transaction, the account's health history (and its share of the daily rollups), ARR
     * history, CSAT and NPS answers, CTAs, plans, touchpoints, manual inputs, override, manual issue links, survey
     * invitations, ticket ledger rows and panel summary. The issues its ledger rows or manual links named are queued
     * to be matched again. Answers the number of rows deleted per kind.
     */
    SortedMap<String, Integer> erase(AccountKey account);
}
