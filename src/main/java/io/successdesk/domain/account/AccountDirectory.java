package io.successdesk.domain.account;

import java.util.Optional;
import java.util.Set;

/**
 * The account lookups that {@link AccountResolver} needs, answered by an index (a store query), so that
 * resolving an issue never loads all accounts. Methods that return sets may stop after two results: one
 * is a match, two are enough to know the claim is ambiguous.
 */
public interface AccountDirectory {

    /** Whether an account with this key exists. */
    boolean exists(AccountKey key);

    /** The account whose CRM id this is, if any (external ids are unique). */
    Optional<AccountKey> findByExternalId(ExternalId externalId);

    /** Accounts listing this JSM organization id (at least the first two). */
    Set<AccountKey> claimingOrganization(long organizationId);

    /** Accounts listing exactly this e-mail domain (at least the first two). */
    Set<AccountKey> claimingDomain(EmailDomain domain);
}
