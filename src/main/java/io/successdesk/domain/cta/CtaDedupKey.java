package io.successdesk.domain.cta;

import io.successdesk.domain.account.AccountKey;

import java.util.Objects;

/**
 * What makes two calls to action the same: account + type + reason. While a CTA with a key is open or snoozed,
 * no other CTA with that key is created.
 */
public record CtaDedupKey(AccountKey account, CtaType type, CtaReason reason) {

    public CtaDedupKey {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
        if (reason.type() != type) {
            throw new IllegalArgumentException("reason " + reason + " is a " + reason.type() + " reason, not " + type);
        }
    }

    public static CtaDedupKey of(AccountKey account, CtaReason reason) {
        return new CtaDedupKey(account, reason.type(), reason);
    }

    /** Stable text form {@code ACCOUNT:TYPE:REASON}, e.g. {@code ACME:RISK:ENTERED_RED}. */
    @Override
    public String toString() {
        return account + ":" + type + ":" + reason;
    }
}
