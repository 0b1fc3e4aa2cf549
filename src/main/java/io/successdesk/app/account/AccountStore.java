package io.successdesk.app.account;

import io.successdesk.app.ConflictException;
import io.successdesk.app.NotFoundException;
import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.StaleVersionException;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountDirectory;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.ExternalId;

import java.util.List;
import java.util.Map;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Port: where accounts are kept. Keys and external ids are unique (the store enforces it as the last line of
 * defence; {@link AccountService} checks first to give clear messages). Also answers the
 * {@link AccountDirectory} lookups of account resolution from its indexes.
 */
public interface AccountStore extends AccountDirectory {

    Optional<Account> get(AccountKey key);

    Optional<Account> getByExternalId(ExternalId externalId);

    /** One page of the accounts matching {@code query}, in its order, with the total count of matches. */
    Page<Account> find(AccountQuery query, PageRequest page);

    /** The keys of every account matching {@code query}'s filters (its order and paging ignored), read as keys only. */
    Set<AccountKey> keys(AccountQuery query);

    /** @throws ConflictException when the key ({@code key}) or external id ({@code externalId}) is taken */
    void create(Account account);

    /**
     * Replaces the account with {@code next}, whose version must be {@code expectedVersion + 1}.
     *
     * @throws NotFoundException     when there is no such account
     * @throws StaleVersionException when the stored version is not {@code expectedVersion}
     * @throws ConflictException     when the new external id is another account's
     */
    void update(Account next, long expectedVersion);

    /**
     * @throws NotFoundException     when there is no such account
     * @throws StaleVersionException when the stored version is not {@code expectedVersion}
     */
    void delete(AccountKey key, long expectedVersion);

    /**
     * Locks the account's row until the surrounding transaction ends. A writer of an account's other rows (its
     * refresh, its deletion) takes this lock first, so two of them queue in one order and never deadlock
     * (docs/architecture.md, "Concurrent writers").
     *
     * @return whether the account exists
     */
    boolean lock(AccountKey key);

    /**
     * Records what an account refresh found, in one write: its latest effective health when it has one (the list
     * filters by band and sorts by score) and how many open calls to action it has (the list's open-CTA filter). Not
     * a change of the account itself: its version and updated time stay as they are. Unknown keys are ignored (the
     * account may have been deleted while it was refreshed).
     */
    void recordRefresh(AccountKey key, java.util.Optional<RecordedHealth> health, int openCtas);

    /**
     * The accounts with these keys, those that exist, in a few statements whatever their number (the rows of a bulk
     * import are checked against them).
     */
    Map<AccountKey, Account> getAll(Collection<AccountKey> keys);

    /** The accounts holding these external ids, by external id, in a few statements whatever their number. */
    Map<ExternalId, Account> getAllByExternalId(Collection<ExternalId> externalIds);

    /** The health recorded on each of these accounts that has one (one read for a page of accounts). */
    Map<AccountKey, RecordedHealth> recordedHealth(Collection<AccountKey> keys);

    /** Applies every write in one transaction: all of them, or (on any exception above) none. */
    void applyAll(List<AccountWrite> writes);
}
