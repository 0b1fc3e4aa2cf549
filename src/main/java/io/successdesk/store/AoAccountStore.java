package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.ConflictException;
import io.successdesk.app.NotFoundException;
import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.StaleVersionException;
import io.successdesk.app.account.AccountQuery;
import io.successdesk.app.account.RecordedHealth;
import io.successdesk.app.account.AccountStore;
import io.successdesk.app.account.AccountWrite;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.EmailDomain;
import io.successdesk.domain.account.ExternalId;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthScore;
import io.successdesk.store.ao.AccountDomainRow;
import io.successdesk.store.ao.AccountOrgRow;
import io.successdesk.store.ao.AccountRow;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Accounts in Active Objects. Keys and external ids are unique by a check inside the writing transaction (AO cannot
 * declare a unique constraint that allows many empty external ids on every database). Timestamps are kept to the
 * millisecond.
 */
@Named
public final class AoAccountStore implements AccountStore {

    private static final int CLAIMANTS_NEEDED = 2;

    private final ActiveObjects ao;
    private final AccountRows rows;

    @Inject
    public AoAccountStore(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.rows = new AccountRows(ao);
    }

    @Override
    public Optional<Account> get(AccountKey key) {
        return ao.executeInTransaction(() -> rows.byKey(key).map(rows::toAccount));
    }

    @Override
    public Map<AccountKey, Account> getAll(Collection<AccountKey> keys) {
        Map<AccountKey, Account> found = new java.util.HashMap<>();
        for (List<String> chunk : Criteria.inChunks(keys.stream().map(AccountKey::value).distinct().toList())) {
            allWhereIn(AccountRow.ACCOUNT_KEY, chunk).forEach(account -> found.put(account.key(), account));
        }
        return found;
    }

    @Override
    public Map<ExternalId, Account> getAllByExternalId(Collection<ExternalId> externalIds) {
        Map<ExternalId, Account> found = new java.util.HashMap<>();
        for (List<String> chunk : Criteria.inChunks(externalIds.stream().map(ExternalId::value).distinct().toList())) {
            allWhereIn(AccountRow.EXTERNAL_ID, chunk)
                    .forEach(account -> found.put(account.externalId().orElseThrow(), account));
        }
        return found;
    }

    private List<Account> allWhereIn(String column, List<String> values) {
        return ao.executeInTransaction(() -> rows.toAccounts(Arrays.asList(ao.find(AccountRow.class,
                new Criteria().in(column, values).applyTo(Query.select())))));
    }

    @Override
    public Optional<Account> getByExternalId(ExternalId externalId) {
        return ao.executeInTransaction(() -> rows.byExternalId(externalId).map(rows::toAccount));
    }

    @Override
    public Page<Account> find(AccountQuery query, PageRequest page) {
        return ao.executeInTransaction(() -> {
            Page<AccountRow> found = new AccountListing(ao, query).page(page);
            return Page.of(rows.toAccounts(found.items()), page, found.total());
        });
    }

    @Override
    public void create(Account account) {
        ao.executeInTransaction(() -> {
            insert(account);
            new CsatSegmentTotals(ao).joinNewAccounts(List.of(account));
            return null;
        });
    }

    @Override
    public void update(Account next, long expectedVersion) {
        ao.executeInTransaction(() -> {
            replace(next, expectedVersion);
            return null;
        });
    }

    @Override
    public void delete(AccountKey key, long expectedVersion) {
        ao.executeInTransaction(() -> {
            AccountRow row = rows.byKey(key).orElseThrow(() -> new NotFoundException("account " + key));
            int deleted = ao.deleteWithSQL(AccountRow.class, "ID = ? AND " + AccountRow.LOCK_VERSION + " = ?",
                    row.getID(), expectedVersion);
            if (deleted != 1) {
                throw stale(key, expectedVersion);
            }
            new CsatSegmentTotals(ao).moveAccount(key.value(),
                    CsatSegmentTotals.segments(row.getTier(), row.getCsmUserKey()), List.of());
            rows.deleteChildren(key);
            return null;
        });
    }

    @Override
    public boolean lock(AccountKey key) {
        return ao.executeInTransaction(() -> rows.byKey(key)
                .map(row -> CounterSql.lock(row, AccountRow.LOCK_VERSION)).orElse(false));
    }

    @Override
    public void recordRefresh(AccountKey key, Optional<RecordedHealth> health, int openCtas) {
        ao.executeInTransaction(() -> {
            rows.byKey(key).ifPresent(row -> {
                health.ifPresent(recorded -> {
                    row.setHealthTenths((int) Math.round(recorded.score().value() * 10));
                    row.setHealthBand(recorded.band().name());
                });
                row.setOpenCtas(openCtas);
                row.save();
            });
            return null;
        });
    }

    @Override
    public void applyAll(List<AccountWrite> writes) {
        List<AccountWrite> batch = List.copyOf(writes);
        ao.executeInTransaction(() -> {
            List<Account> created = new ArrayList<>();
            for (AccountWrite write : batch) {
                if (write instanceof AccountWrite.Update update) {
                    replace(update.account(), update.expectedVersion());
                } else {
                    insert(write.account());
                    created.add(write.account());
                }
            }
            new CsatSegmentTotals(ao).joinNewAccounts(created);
            return null;
        });
    }

    @Override
    public Map<AccountKey, RecordedHealth> recordedHealth(Collection<AccountKey> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        List<String> values = keys.stream().map(AccountKey::value).distinct().toList();
        String placeholders = String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
        return ao.executeInTransaction(() -> {
            Map<AccountKey, RecordedHealth> health = new java.util.HashMap<>();
            for (AccountRow row : ao.find(AccountRow.class, Query.select().where(AccountRow.ACCOUNT_KEY + " IN ("
                    + placeholders + ") AND " + AccountRow.HEALTH_BAND + " IS NOT NULL AND " + AccountRow.HEALTH_TENTHS
                    + " IS NOT NULL", values.toArray()))) {
                health.put(AccountKey.of(row.getAccountKey()), new RecordedHealth(
                        HealthScore.of(row.getHealthTenths() / 10.0), HealthBand.valueOf(row.getHealthBand())));
            }
            return health;
        });
    }

    @Override
    public Set<AccountKey> keys(AccountQuery query) {
        return ao.executeInTransaction(() -> new AccountListing(ao, query).keys());
    }

    @Override
    public boolean exists(AccountKey key) {
        return ao.executeInTransaction(() -> ao.count(AccountRow.class, AccountRow.ACCOUNT_KEY + " = ?", key.value()) > 0);
    }

    @Override
    public Optional<AccountKey> findByExternalId(ExternalId externalId) {
        return ao.executeInTransaction(() -> rows.byExternalId(externalId).map(row -> AccountKey.of(row.getAccountKey())));
    }

    @Override
    public Set<AccountKey> claimingOrganization(long organizationId) {
        return ao.executeInTransaction(() -> keys(Arrays.stream(ao.find(AccountOrgRow.class, Query.select()
                .where(AccountOrgRow.ORGANIZATION_ID + " = ?", organizationId).limit(CLAIMANTS_NEEDED)))
                .map(AccountOrgRow::getAccountKey).toList()));
    }

    @Override
    public Set<AccountKey> claimingDomain(EmailDomain domain) {
        return ao.executeInTransaction(() -> keys(Arrays.stream(ao.find(AccountDomainRow.class, Query.select()
                .where(AccountDomainRow.EMAIL_DOMAIN + " = ?", domain.value()).limit(CLAIMANTS_NEEDED)))
                .map(AccountDomainRow::getAccountKey).toList()));
    }

    private void insert(Account account) {
        if (rows.byKey(account.key()).isPresent()) {
            throw new ConflictException("key", "an account with key " + account.key() + " already exists");
        }
        requireExternalIdFree(account);
        rows.insert(account);
    }

    private void replace(Account next, long expectedVersion) {
        AccountRow row = rows.byKey(next.key()).orElseThrow(() -> new NotFoundException("account " + next.key()));
        if (next.version() != expectedVersion + 1) {
            throw new IllegalArgumentException("an update from version " + expectedVersion + " must write version "
                    + (expectedVersion + 1) + ", got " + next.version());
        }
        if (row.getLockVersion() != expectedVersion) {
            throw new StaleVersionException("account " + next.key(), expectedVersion, row.getLockVersion());
        }
        requireExternalIdFree(next);
        List<String> segmentsBefore = CsatSegmentTotals.segments(row.getTier(), row.getCsmUserKey());
        switch (VersionGuard.advance(row, AccountRow.LOCK_VERSION, expectedVersion, next.version())) {
            case ADVANCED -> {
                rows.overwrite(row, next);
                new CsatSegmentTotals(ao).moveAccount(next.key().value(), segmentsBefore, CsatSegmentTotals.segments(next));
            }
            case STALE -> throw stale(next.key(), expectedVersion);
            // the winner's version is not readable from this doomed transaction; it is at least the next one
            case LOST_RACE -> throw new StaleVersionException("account " + next.key(), expectedVersion, expectedVersion + 1);
        }
    }

    private void requireExternalIdFree(Account account) {
        if (account.externalId().isPresent() && ao.count(AccountRow.class,
                AccountRow.EXTERNAL_ID + " = ? AND " + AccountRow.ACCOUNT_KEY + " <> ?",
                account.externalId().get().value(), account.key().value()) > 0) {
            throw new ConflictException("externalId", "external id " + account.externalId().get() + " is taken");
        }
    }

    /** Why a conditional write matched no row: someone changed the account since it was read, or deleted it. */
    private RuntimeException stale(AccountKey key, long expectedVersion) {
        return rows.byKey(key).<RuntimeException>map(row ->
                        new StaleVersionException("account " + key, expectedVersion, row.getLockVersion()))
                .orElseGet(() -> new NotFoundException("account " + key));
    }

    private static Set<AccountKey> keys(List<String> values) {
        return values.stream().map(AccountKey::of).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
