package io.successdesk.app.account;

import io.successdesk.app.InvalidInputException;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.value.Money;

import java.util.Optional;

/**
  * Whether the caller of an account change may see ARR (docs/product.md §10: financial viewers only). A caller who may
  * not
 * sends no ARR and keeps whatever ARR the account has, so editing or re-importing an export never erases it.
 */
public enum ArrAccess {
    /** The input's ARR is the account's ARR. */
    FULL,
    /** The input must not carry ARR; the account keeps its current ARR (none for a new account). */
    HIDDEN;

    AccountInput apply(AccountInput input, Optional<Account> before) {
        if (this == FULL) {
            return input;
        }
        if (input.arrMinorUnits().isPresent() || input.arrCurrency().filter(text -> !text.isBlank()).isPresent()) {
            throw new InvalidInputException("arrMinorUnits", "may be set only by financial viewers");
        }
        Optional<Money> arr = before.flatMap(Account::arr);
        return input.withCommercials(input.csmUserKey(), arr.map(Money::minorUnits), arr.map(Money::currencyCode),
                input.renewalDate());
    }
}
