package io.successdesk.rest;

import io.successdesk.app.NotFoundException;
import io.successdesk.app.account.AccountService;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountKey;

/** Resolves an account key of a path to an account that exists; 404 otherwise (also for a malformed key). */
public final class ExistingAccounts {

    private ExistingAccounts() {
    }

    public static AccountKey require(AccountService accounts, String key) {
        if (!AccountKey.isValid(key)) {
            throw new NotFoundException("account " + key);
        }
        return accounts.get(AccountKey.of(key)).map(Account::key)
                .orElseThrow(() -> new NotFoundException("account " + key));
    }
}
