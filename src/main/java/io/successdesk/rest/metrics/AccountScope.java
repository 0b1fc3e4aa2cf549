package io.successdesk.rest.metrics;

import io.successdesk.app.InvalidInputException;
import io.successdesk.app.account.AccountQuery;
import io.successdesk.app.account.AccountService;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.Tier;

import java.util.Optional;
import java.util.Set;

/**
 * The accounts a metric is narrowed to by its {@code tier} and {@code csm} parameters (both: the CSM's accounts of
 * that tier), resolved to keys in the database; empty when neither is given, meaning every account. A tier or CSM
 * with no account narrows to none, so the metric answers with no data rather than with everyone's.
 */
final class AccountScope {

    private static final int MAX_USER_KEY_LENGTH = 255;

    private AccountScope() {
    }

    static Optional<Set<AccountKey>> of(AccountService accounts, String tier, String csm) {
        Optional<Tier> byTier = present(tier).map(AccountScope::tier);
        Optional<String> byCsm = present(csm).map(AccountScope::csm);
        if (byTier.isEmpty() && byCsm.isEmpty()) {
            return Optional.empty();
        }
        AccountQuery query = AccountQuery.all();
        if (byTier.isPresent()) {
            query = query.ofTier(byTier.get());
        }
        if (byCsm.isPresent()) {
            query = query.ownedBy(byCsm.get());
        }
        return Optional.of(accounts.keys(query));
    }

    /**
     * The tier when it is the only narrowing given ({@code tier} without {@code csm}): such a metric can be read
     * from totals kept per tier instead of from each account's rows.
     */
    static Optional<Tier> tierAlone(String tier, String csm) {
        return present(csm).isPresent() ? Optional.empty() : present(tier).map(AccountScope::tier);
    }

    /** The CSM when it is the only narrowing given ({@code csm} without {@code tier}), for the per-CSM totals. */
    static Optional<String> csmAlone(String tier, String csm) {
        return present(tier).isPresent() ? Optional.empty() : present(csm).map(AccountScope::csm);
    }

    private static String csm(String value) {
        if (value.length() > MAX_USER_KEY_LENGTH) {
            throw new InvalidInputException("csm", "must be a user key of at most " + MAX_USER_KEY_LENGTH + " characters");
        }
        return value;
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Tier tier(String value) {
        try {
            return Tier.of(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("tier", "is not a tier name");
        }
    }
}
