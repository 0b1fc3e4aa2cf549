package io.successdesk.domain.account;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** A directory over a few accounts, counting lookups so tests can see which rules ran. */
final class FakeAccountDirectory implements AccountDirectory {

    private final Map<AccountKey, Account> accounts = new HashMap<>();
    int lookups;

    FakeAccountDirectory with(Account... added) {
        for (Account account : added) {
            accounts.put(account.key(), account);
        }
        return this;
    }

    @Override
    public boolean exists(AccountKey key) {
        lookups++;
        return accounts.containsKey(key);
    }

    @Override
    public Optional<AccountKey> findByExternalId(ExternalId externalId) {
        lookups++;
        return accounts.values().stream().filter(a -> a.externalId().equals(Optional.of(externalId)))
                .map(Account::key).findFirst();
    }

    @Override
    public Set<AccountKey> claimingOrganization(long organizationId) {
        return keysWhere(a -> a.jsmOrganizationIds().contains(organizationId));
    }

    @Override
    public Set<AccountKey> claimingDomain(EmailDomain domain) {
        return keysWhere(a -> a.emailDomains().contains(domain));
    }

    private Set<AccountKey> keysWhere(Predicate<Account> claim) {
        lookups++;
        Set<AccountKey> keys = new HashSet<>();
        accounts.values().stream().filter(claim).forEach(a -> keys.add(a.key()));
        return keys;
    }
}
