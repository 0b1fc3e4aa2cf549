package io.successdesk.rest;

import io.successdesk.app.NotFoundException;
import io.successdesk.app.account.AccountService;
import io.successdesk.domain.account.AccountKey;

/** Resolves an account key of a path to an account that exists; 404 otherwise (also for a malformed key). */
public final class ExistingAccounts {

    private ExistingAccounts() {
    }

    public static AccountKey require(AccountService accounts, String key) {
        if (!AccountKey.isValid(key)) {
            throw new NotFoundException("account " + key);
        }
        AccountKey account = AccountKey.of(key);
        accounts.get(account).orElseThrow(() -> new NotFoundException("account " + key));
        return account;
    }
}
