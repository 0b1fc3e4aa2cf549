package io.successdesk.domain.revenue;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.value.Money;

import java.time.YearMonth;
import java.util.Objects;

/**
 * An account's annual recurring revenue at the end of a month, as loaded. ARR is 0 or more; an explicit 0 means the
 * account churned. A month without a snapshot is missing data, not churn: the account's ARR carries forward from its
 * last snapshot (docs/metrics.md, "Carry-forward and no data").
 */
public record ArrSnapshot(AccountKey account, YearMonth month, Money arr) {

    public ArrSnapshot {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(arr, "arr");
        if (arr.isNegative()) {
            throw new IllegalArgumentException("ARR must not be negative, got " + arr + " for " + account + " in " + month);
        }
    }
}
