package io.successdesk.app.account;

import io.successdesk.domain.account.Account;

import java.util.Objects;

/** One write of a batch that {@link AccountStore#applyAll} commits all-or-nothing. */
public sealed interface AccountWrite {

    Account account();

    /** Insert a new account. */
    record Create(Account account) implements AccountWrite {
        public Create {
            Objects.requireNonNull(account, "account");
        }
    }

    /** Replace the stored account, which must still be at {@code expectedVersion}; {@code account} carries the next version. */
    record Update(Account account, long expectedVersion) implements AccountWrite {
        public Update {
            Objects.requireNonNull(account, "account");
            if (account.version() != expectedVersion + 1) {
                throw new IllegalArgumentException("an update from version " + expectedVersion
                        + " must write version " + (expectedVersion + 1) + ", got " + account.version());
            }
        }
    }
}
