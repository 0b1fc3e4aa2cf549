package io.successdesk.app.voc;

import io.successdesk.domain.account.AccountKey;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Narrows CSAT rollups; every empty component means no restriction.
 *
 * @param account    one account
 * @param projectKey one Jira project (responses without a project never match it)
 * @param accountsIn a set of accounts, e.g. those of a tier or a CSM as resolved by the caller
 */
public record CsatFilter(Optional<AccountKey> account, Optional<String> projectKey, Optional<Set<AccountKey>> accountsIn) {

    public static final CsatFilter ALL = new CsatFilter(Optional.empty(), Optional.empty(), Optional.empty());

    public CsatFilter {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(projectKey, "projectKey");
        accountsIn = Objects.requireNonNull(accountsIn, "accountsIn").map(Set::copyOf);
    }

    public static CsatFilter account(AccountKey account) {
        return new CsatFilter(Optional.of(account), Optional.empty(), Optional.empty());
    }

    public static CsatFilter project(String projectKey) {
        return new CsatFilter(Optional.empty(), Optional.of(projectKey), Optional.empty());
    }

    public boolean matches(AccountKey candidateAccount, Optional<String> candidateProject) {
        return account.map(candidateAccount::equals).orElse(true)
                && accountsIn.map(accounts -> accounts.contains(candidateAccount)).orElse(true)
                && projectKey.map(key -> candidateProject.map(key::equals).orElse(false)).orElse(true);
    }
}
