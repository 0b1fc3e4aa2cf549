package io.successdesk.app.account;

import io.successdesk.app.ConflictException;
import io.successdesk.app.NotFoundException;
import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.StaleVersionException;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.EmailDomain;
import io.successdesk.domain.account.ExternalId;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthScore;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Test fake of the {@link AccountStore} port with the same contract as the database store. Health for the
 * band filter and health sort is set with {@link #recordRefresh}.
 */
public final class InMemoryAccountStore implements AccountStore {

    private final Map<AccountKey, Account> accounts = new TreeMap<>();
    private final Map<AccountKey, HealthScore> scores = new HashMap<>();
    private final Map<AccountKey, HealthBand> bands = new HashMap<>();
    private final Map<AccountKey, Integer> openCtas = new HashMap<>();
    private int writes;
    private int singleReads;


    @Override
    public synchronized void recordRefresh(AccountKey key, Optional<RecordedHealth> health, int open) {
        if (!accounts.containsKey(key)) {
            return;
        }
        health.ifPresent(recorded -> {
            scores.put(key, recorded.score());
            bands.put(key, recorded.band());
        });
        openCtas.put(key, open);
    }

    @Override
    public synchronized Map<AccountKey, RecordedHealth> recordedHealth(java.util.Collection<AccountKey> keys) {
        Map<AccountKey, RecordedHealth> found = new HashMap<>();
        keys.forEach(key -> {
            if (accounts.containsKey(key) && bands.containsKey(key)) {
                found.put(key, new RecordedHealth(scores.get(key), bands.get(key)));
            }
        });
        return found;
    }

    /** How many single-account reads (by key or by external id) were answered so far. */
    public synchronized int singleReads() {
        return singleReads;
    }

    /** How many account rows were written (created, updated or deleted) so far. */
    public synchronized int writes() {
        return writes;
    }

    @Override
    public synchronized Map<AccountKey, Account> getAll(java.util.Collection<AccountKey> keys) {
        Map<AccountKey, Account> found = new java.util.HashMap<>();
        keys.forEach(key -> Optional.ofNullable(accounts.get(key)).ifPresent(account -> found.put(key, account)));
        return found;
    }

    @Override
    public synchronized Map<ExternalId, Account> getAllByExternalId(java.util.Collection<ExternalId> externalIds) {
        Map<ExternalId, Account> found = new java.util.HashMap<>();
        externalIds.forEach(id -> holder(id).ifPresent(account -> found.put(id, account)));
        return found;
    }

    /** An in-memory store has no transactions to order: the lock only says whether the account exists. */
    @Override
    public synchronized boolean lock(AccountKey key) {
        return get(key).isPresent();
    }

    @Override
    public synchronized Optional<Account> get(AccountKey key) {
        singleReads++;
        return Optional.ofNullable(accounts.get(key));
    }

    @Override
    public synchronized Optional<Account> getByExternalId(ExternalId externalId) {
        singleReads++;
        return holder(externalId);
    }

    private Optional<Account> holder(ExternalId externalId) {
        return accounts.values().stream().filter(a -> a.externalId().equals(Optional.of(externalId))).findFirst();
    }

    @Override
    public synchronized Page<Account> find(AccountQuery query, PageRequest page) {
        List<Account> matching = accounts.values().stream().filter(matches(query)).sorted(order(query)).toList();
        int from = Math.min(page.offset(), matching.size());
        int to = Math.min(from + page.limit(), matching.size());
        return Page.of(matching.subList(from, to), page, matching.size());
    }

    @Override
    public synchronized java.util.Set<AccountKey> keys(AccountQuery query) {
        return accounts.values().stream().filter(matches(query)).map(Account::key)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public synchronized void create(Account account) {
        checkCreate(account, accounts);
        accounts.put(account.key(), account);
        writes++;
    }

    @Override
    public synchronized void update(Account next, long expectedVersion) {
        checkUpdate(next, expectedVersion, accounts);
        accounts.put(next.key(), next);
        writes++;
    }

    @Override
    public synchronized void delete(AccountKey key, long expectedVersion) {
        Account current = accounts.get(key);
        if (current == null) {
            throw new NotFoundException("account " + key);
        }
        requireVersion(current, expectedVersion);
        accounts.remove(key);
        writes++;
    }

    @Override
    public synchronized void applyAll(List<AccountWrite> batch) {
        Map<AccountKey, Account> staged = new TreeMap<>(accounts);
        for (AccountWrite write : batch) {
            if (write instanceof AccountWrite.Update update) {
                checkUpdate(update.account(), update.expectedVersion(), staged);
            } else {
                checkCreate(write.account(), staged);
            }
            staged.put(write.account().key(), write.account());
        }
        accounts.clear();
        accounts.putAll(staged);
        writes += batch.size();
    }

    @Override
    public synchronized boolean exists(AccountKey key) {
        return accounts.containsKey(key);
    }

    @Override
    public synchronized Optional<AccountKey> findByExternalId(ExternalId externalId) {
        return getByExternalId(externalId).map(Account::key);
    }

    @Override
    public synchronized Set<AccountKey> claimingOrganization(long organizationId) {
        return keysWhere(a -> a.jsmOrganizationIds().contains(organizationId));
    }

    @Override
    public synchronized Set<AccountKey> claimingDomain(EmailDomain domain) {
        return keysWhere(a -> a.emailDomains().contains(domain));
    }

    private Set<AccountKey> keysWhere(Predicate<Account> claim) {
        return accounts.values().stream().filter(claim).map(Account::key).limit(2).collect(Collectors.toSet());
    }

    private static void checkCreate(Account account, Map<AccountKey, Account> current) {
        if (current.containsKey(account.key())) {
            throw new ConflictException("key", "an account with key " + account.key() + " already exists");
        }
        requireExternalIdFree(account, current);
    }

    private static void checkUpdate(Account next, long expectedVersion, Map<AccountKey, Account> current) {
        Account stored = current.get(next.key());
        if (stored == null) {
            throw new NotFoundException("account " + next.key());
        }
        requireVersion(stored, expectedVersion);
        if (next.version() != expectedVersion + 1) {
            throw new IllegalArgumentException("next version must be " + (expectedVersion + 1));
        }
        requireExternalIdFree(next, current);
    }

    private static void requireVersion(Account stored, long expectedVersion) {
        if (stored.version() != expectedVersion) {
            throw new StaleVersionException("account " + stored.key(), expectedVersion, stored.version());
        }
    }

    private static void requireExternalIdFree(Account account, Map<AccountKey, Account> current) {
        if (account.externalId().isPresent() && current.values().stream()
                .anyMatch(other -> !other.key().equals(account.key()) && other.externalId().equals(account.externalId()))) {
            throw new ConflictException("externalId", "external id " + account.externalId().get() + " is taken");
        }
    }

    private Predicate<Account> matches(AccountQuery query) {
        return account -> query.band().map(band -> band == bands.get(account.key())).orElse(true)
                && query.tier().map(account.tier()::equals).orElse(true)
                && query.csmUserKey().map(csm -> account.csmUserKey().equals(Optional.of(csm))).orElse(true)
                && query.renewalBefore().map(day -> account.renewalDate().filter(d -> d.isBefore(day)).isPresent()).orElse(true)
                && query.text().map(text -> account.key().value().startsWith(text.toUpperCase(java.util.Locale.ROOT))
                || account.name().toLowerCase(java.util.Locale.ROOT).contains(text.toLowerCase(java.util.Locale.ROOT)))
                .orElse(true)
                && (!query.openCtasOnly() || openCtas.getOrDefault(account.key(), 0) > 0)
                && query.afterKey().map(key -> account.key().value().compareTo(key.value()) > 0).orElse(true);
    }

    private Comparator<Account> order(AccountQuery query) {
        Comparator<Account> primary = switch (query.sortBy()) {
            case KEY -> present(Account::key);
            case NAME -> present(Account::name);
            case TIER -> present(a -> a.tier().name());
            case RENEWAL_DATE -> optional(a -> a.renewalDate());
            case ARR -> optional(a -> a.arr().map(arr -> arr.currencyCode() + String.format("%020d", arr.minorUnits())));
            case HEALTH_SCORE -> optional(a -> Optional.ofNullable(scores.get(a.key())));
            case UPDATED_AT -> present(Account::updatedAt);
        };
        Comparator<Account> directed = query.direction() == AccountSort.Direction.ASCENDING ? primary : primary.reversed();
        Comparator<Account> absentLast = Comparator.comparing(a -> isAbsent(query.sortBy(), a));
        return absentLast.thenComparing(directed).thenComparing(Account::key);
    }

    private boolean isAbsent(AccountSort sort, Account account) {
        return switch (sort) {
            case RENEWAL_DATE -> account.renewalDate().isEmpty();
            case ARR -> account.arr().isEmpty();
            case HEALTH_SCORE -> !scores.containsKey(account.key());
            default -> false;
        };
    }

    private static <T extends Comparable<? super T>> Comparator<Account> present(Function<Account, T> value) {
        return Comparator.comparing(value);
    }

    private static <T extends Comparable<? super T>> Comparator<Account> optional(Function<Account, Optional<T>> value) {
        return (left, right) -> {
            Optional<T> l = value.apply(left);
            Optional<T> r = value.apply(right);
            return l.isPresent() && r.isPresent() ? l.get().compareTo(r.get()) : 0;
        };
    }
}
