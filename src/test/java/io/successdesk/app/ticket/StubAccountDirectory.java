package io.successdesk.app.ticket;

import io.successdesk.domain.account.AccountDirectory;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.EmailDomain;
import io.successdesk.domain.account.ExternalId;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Test fake (and sandbox stand-in) of the {@link AccountDirectory}: accounts and the e-mail domains they claim. */
public final class StubAccountDirectory implements AccountDirectory {

    private final Set<AccountKey> accounts = new HashSet<>();
    private final Map<EmailDomain, Set<AccountKey>> domains = new HashMap<>();

    /** Adds account {@code key} claiming {@code claimedDomains}. */
    public synchronized StubAccountDirectory account(String key, String... claimedDomains) {
        AccountKey account = AccountKey.of(key);
        accounts.add(account);
        for (String domain : claimedDomains) {
            domains.computeIfAbsent(EmailDomain.of(domain), d -> new HashSet<>()).add(account);
        }
        return this;
    }

    @Override
    public synchronized boolean exists(AccountKey key) {
        return accounts.contains(key);
    }

    @Override
    public Optional<AccountKey> findByExternalId(ExternalId externalId) {
        return Optional.empty();
    }

    @Override
    public Set<AccountKey> claimingOrganization(long organizationId) {
        return Set.of();
    }

    @Override
    public synchronized Set<AccountKey> claimingDomain(EmailDomain domain) {
        return Set.copyOf(domains.getOrDefault(domain, Set.of()));
    }
}
