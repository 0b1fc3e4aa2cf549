package io.successdesk.app.change;

import io.successdesk.domain.account.AccountKey;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The accounts a write changed, collected while it runs; see {@link AccountChanges#write}. */
public final class ChangedAccounts {

    private final Set<AccountKey> accounts = new LinkedHashSet<>();

    ChangedAccounts() {
    }

    /** Records that the write changed what {@code account} shows. */
    public void add(AccountKey account) {
        accounts.add(Objects.requireNonNull(account, "account"));
    }

    /** In the order the write reported them. */
    List<AccountKey> accounts() {
        return List.copyOf(accounts);
    }
}
