package io.successdesk.app.account;

import io.successdesk.app.ConflictException;
import io.successdesk.app.InvalidInputException;
import io.successdesk.app.NotFoundException;
import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.StaleVersionException;
import io.successdesk.app.WriteFailedException;
import io.successdesk.app.account.BulkUpsertReport.Outcome;
import io.successdesk.app.account.BulkUpsertReport.Row;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.AuditLog;
import io.successdesk.app.change.AccountChanges;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.ExternalId;
import io.successdesk.domain.account.Tier;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Account use cases (docs/product.md §1): create, update, delete and bulk upsert. Every change is written to the
 * audit log with its actor and the before/after state; a change that changes nothing is neither written nor
 * audited. An update or delete invalidates the account's panel summary.
 */
@Named
public class AccountService {

    static final String SUBJECT = "account";

    private final AccountStore store;
    private final AuditLog auditLog;
    private final Clock clock;
    private final TierCatalog tierCatalog;
    private final AccountChanges changes;
    private final AccountErasure erasure;

    @Inject
    public AccountService(AccountStore store, AuditLog auditLog, Clock clock, TierCatalog tierCatalog,
                          AccountChanges changes, AccountErasure erasure) {
        this.store = Objects.requireNonNull(store, "store");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tierCatalog = Objects.requireNonNull(tierCatalog, "tierCatalog");
        this.changes = Objects.requireNonNull(changes, "changes");
        this.erasure = Objects.requireNonNull(erasure, "erasure");
    }

    /**
     * @throws InvalidInputException naming each invalid field
     * @throws ConflictException     when the key ({@code key}) or external id ({@code externalId}) is taken
     */
    public Account create(AccountInput input, String actor) {
        return create(input, actor, ArrAccess.FULL);
    }

    /** {@link #create(AccountInput, String)} for a caller with the given view of ARR. */
    public Account create(AccountInput input, String actor, ArrAccess arrAccess) {
        Instant now = clock.instant();
        Account account = validate(arrAccess.apply(input, Optional.empty()), Account.FIRST_VERSION, now, now);
        if (store.get(account.key()).isPresent()) {
            throw new ConflictException("key", "an account with key " + account.key() + " already exists");
        }
        requireExternalIdFree(account);
        return changes.write(account.key(), () -> {
            store.create(account);
            audit(actor, "account.create", account.key(), Optional.empty(), Optional.of(account));
            return account;
        });
    }

    /**
     * Replaces the editable fields of account {@code key}, which the caller last saw at {@code expectedVersion}.
     * The key itself never changes. Returns the account as saved (unchanged when the input changes nothing).
     *
     * @throws NotFoundException     when there is no such account
     * @throws StaleVersionException when the account has changed since {@code expectedVersion}
     * @throws InvalidInputException naming each invalid field, including a different {@code key}
     * @throws ConflictException     when the new external id is another account's
     */
    public Account update(AccountKey key, long expectedVersion, AccountInput input, String actor) {
        return update(key, expectedVersion, input, actor, ArrAccess.FULL);
    }

    /** {@link #update(AccountKey, long, AccountInput, String)} for a caller with the given view of ARR. */
    public Account update(AccountKey key, long expectedVersion, AccountInput input, String actor,
                          ArrAccess arrAccess) {
        Account current = store.get(key).orElseThrow(() -> new NotFoundException("account " + key));
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("account " + key, expectedVersion, current.version());
        }
        if (input.key().isPresent() && !input.key().get().strip().equals(key.value())) {
            throw new InvalidInputException("key", "cannot be changed (account " + key + ")");
        }
        Account next = validate(arrAccess.apply(input, Optional.of(current)).withKey(Optional.of(key.value())),
                current.version() + 1,
                current.createdAt(), clock.instant());
        if (next.sameContentAs(current)) {
            return current;
        }
        requireExternalIdFree(next);
        return changes.write(key, () -> {
            store.update(next, expectedVersion);
            audit(actor, "account.update", key, Optional.of(current), Optional.of(next));
            return next;
        });
    }

    /** The account with this key, if any. */
    public Optional<Account> get(AccountKey key) {
        return store.get(key);
    }

    /** The health last recorded on each of these accounts that has one (the list's health column). */
    public Map<AccountKey, RecordedHealth> recordedHealth(Collection<AccountKey> keys) {
        return store.recordedHealth(keys);
    }

    /** One page of the accounts matching {@code query}, with the total count. */
    public Page<Account> find(AccountQuery query, PageRequest page) {
        return store.find(query, page);
    }

    /** The keys of every account matching {@code query}'s filters, e.g. a tier's or a CSM's accounts for a metric. */
    public java.util.Set<AccountKey> keys(AccountQuery query) {
        return store.keys(query);
    }

    /**
     * Deletes the account and everything stored under its key ({@link AccountErasure}), in one transaction with its
     * audit entry: a new account with the same key inherits nothing.
     *
     * @throws NotFoundException     when there is no such account
     * @throws StaleVersionException when the account has changed since {@code expectedVersion}
     */
    public void delete(AccountKey key, long expectedVersion, String actor) {
        Account current = store.get(key).orElseThrow(() -> new NotFoundException("account " + key));
        changes.write(key, () -> {
            store.delete(key, expectedVersion);
            erasure.erase(key);
            audit(actor, "account.delete", key, Optional.of(current), Optional.empty());
            return null;
        });
    }

    /**
     * Creates or updates every row, matched to existing accounts by {@code by}. All rows are validated first,
     * against the store and against each other (no key or external id twice); if any row is rejected nothing
     * is written. Updates overwrite the current version (a concurrent edit during the commit fails the whole
     * batch with {@link StaleVersionException}). External ids are checked against the accounts as they were
     * before the batch, so moving an external id from one account to another takes two batches.
     */
    public BulkUpsertReport bulkUpsert(List<AccountInput> inputs, UpsertKey by, String actor) {
        return bulkUpsert(inputs, by, actor, ArrAccess.FULL, false);
    }

    /**
     * {@link #bulkUpsert(List, UpsertKey, String)} for a caller with the given view of ARR; with {@code dryRun} it
     * validates every row the same way and reports what would happen, but writes nothing (the report is then never
     * {@code committed}).
     */
    public BulkUpsertReport bulkUpsert(List<AccountInput> inputs, UpsertKey by, String actor, ArrAccess arrAccess,
                                       boolean dryRun) {
        Instant now = clock.instant();
        List<Row> rows = new ArrayList<>();
        List<RowPlan> plans = new ArrayList<>();
        Map<AccountKey, Integer> rowOfKey = new HashMap<>();
        Map<ExternalId, Integer> rowOfExternalId = new HashMap<>();
        Known known = known(inputs);
        for (int index = 0; index < inputs.size(); index++) {
            int number = index + 1;
            try {
                RowPlan plan = planRow(inputs.get(index), by, now, arrAccess, known);
                requireFirstInBatch("key", plan.account().key(), rowOfKey, number);
                if (plan.account().externalId().isPresent()) {
                    requireFirstInBatch("externalId", plan.account().externalId().get(), rowOfExternalId, number);
                }
                plans.add(plan);
                rows.add(new Row(number, Optional.of(plan.account().key()), plan.outcome(), Map.of()));
            } catch (InvalidInputException e) {
                rows.add(new Row(number, Optional.empty(), Outcome.REJECTED, e.errors()));
            } catch (ConflictException e) {
                rows.add(new Row(number, Optional.empty(), Outcome.REJECTED, Map.of(e.field(), Objects.requireNonNullElse(e.getMessage(), e.toString()))));
            }
        }
        if (dryRun || rows.stream().anyMatch(row -> row.outcome() == Outcome.REJECTED)) {
            return new BulkUpsertReport(false, rows);
        }
        try {
            return changes.write(changed -> {
                store.applyAll(plans.stream().flatMap(plan -> plan.write().stream()).toList());
                for (RowPlan plan : plans) {
                    if (plan.write().isPresent()) {
                        changed.add(plan.account().key());
                        audit(actor, plan.before().isPresent() ? "account.bulk-update" : "account.bulk-create",
                                plan.account().key(), plan.before(), Optional.of(plan.account()));
                    }
                }
                return new BulkUpsertReport(true, rows);
            });
        } catch (ConflictException | StaleVersionException | InvalidInputException | NotFoundException refused) {
            throw refused;
        } catch (RuntimeException failure) {
            // one transaction: whatever failed in the database, the rollback left none of the rows
            throw new WriteFailedException("Nothing was imported: the database failed during the import of "
                    + plans.size() + " rows.", failure);
        }
    }

    /** What one valid bulk row does: the account it leads to, the account before, and the write (none if unchanged). */
    private record RowPlan(Account account, Optional<Account> before, Optional<AccountWrite> write) {
        Outcome outcome() {
            if (write.isEmpty()) {
                return Outcome.UNCHANGED;
            }
            return before.isEmpty() ? Outcome.CREATED : Outcome.UPDATED;
        }
    }

    private RowPlan planRow(AccountInput given, UpsertKey by, Instant now, ArrAccess arrAccess, Known known) {
        Optional<Account> current = existing(given, by, known);
        AccountInput input = arrAccess.apply(given, current);
        if (current.isEmpty()) {
            Account created = AccountInputValidator.validate(input, known.tiers(), Account.FIRST_VERSION, now, now);
            if (known.account(created.key()).isPresent()) {
                throw new ConflictException("key", "account " + created.key() + " already exists"
                        + (by == UpsertKey.EXTERNAL_ID ? " with another external id" : ""));
            }
            requireExternalIdFree(created, id -> known.holder(id).map(Account::key));
            return new RowPlan(created, Optional.empty(), Optional.of(new AccountWrite.Create(created)));
        }
        Account before = current.get();
        if (input.key().isPresent() && !input.key().get().strip().equals(before.key().value())) {
            throw new InvalidInputException("key", "cannot be changed (external id belongs to " + before.key() + ")");
        }
        Account next = AccountInputValidator.validate(input.withKey(Optional.of(before.key().value())), known.tiers(),
                before.version() + 1, before.createdAt(), now);
        if (next.sameContentAs(before)) {
            return new RowPlan(before, current, Optional.empty());
        }
        requireExternalIdFree(next, id -> known.holder(id).map(Account::key));
        return new RowPlan(next, current, Optional.of(new AccountWrite.Update(next, before.version())));
    }

    private static Optional<Account> existing(AccountInput input, UpsertKey by, Known known) {
        Optional<String> identity = by == UpsertKey.KEY ? input.key() : input.externalId();
        String field = by == UpsertKey.KEY ? "key" : "externalId";
        String text = identity.map(String::strip).filter(value -> !value.isEmpty())
                .orElseThrow(() -> new InvalidInputException(field, "is required to upsert by " + field));
        try {
            return by == UpsertKey.KEY ? known.account(AccountKey.of(text)) : known.holder(ExternalId.of(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, Objects.requireNonNullElse(e.getMessage(), e.toString()));
        }
    }

    /**
     * The accounts a bulk import's rows name (by key and by external id) and the tiers, read once for all rows rather
     * than row by row; a value not read up front (one that did not parse) is looked up in the store.
     */
    private Known known(List<AccountInput> inputs) {
        Set<AccountKey> keys = new HashSet<>();
        Set<ExternalId> externalIds = new HashSet<>();
        for (AccountInput input : inputs) {
            input.key().flatMap(text -> parsed(text, AccountKey::of)).ifPresent(keys::add);
            input.externalId().flatMap(text -> parsed(text, ExternalId::of)).ifPresent(externalIds::add);
        }
        return new Known(keys, store.getAll(keys), externalIds, store.getAllByExternalId(externalIds),
                tierCatalog.tiers());
    }

    private static <T> Optional<T> parsed(String text, java.util.function.Function<String, T> parse) {
        try {
            return text.isBlank() ? Optional.empty() : Optional.of(parse.apply(text.strip()));
        } catch (IllegalArgumentException invalid) {
            return Optional.empty();   // the row is refused when it is planned, with this message
        }
    }

    private final class Known {
        private final Set<AccountKey> readKeys;
        private final Map<AccountKey, Account> byKey;
        private final Set<ExternalId> readExternalIds;
        private final Map<ExternalId, Account> byExternalId;
        private final List<Tier> tiers;

        Known(Set<AccountKey> readKeys, Map<AccountKey, Account> byKey, Set<ExternalId> readExternalIds,
              Map<ExternalId, Account> byExternalId, List<Tier> tiers) {
            this.readKeys = readKeys;
            this.byKey = byKey;
            this.readExternalIds = readExternalIds;
            this.byExternalId = byExternalId;
            this.tiers = tiers;
        }

        Optional<Account> account(AccountKey key) {
            return readKeys.contains(key) ? Optional.ofNullable(byKey.get(key)) : store.get(key);
        }

        Optional<Account> holder(ExternalId externalId) {
            return readExternalIds.contains(externalId) ? Optional.ofNullable(byExternalId.get(externalId))
                    : store.getByExternalId(externalId);
        }

        List<Tier> tiers() {
            return tiers;
        }
    }

    private static <T> void requireFirstInBatch(String field, T value, Map<T, Integer> firstRow, int number) {
        Integer earlier = firstRow.putIfAbsent(value, number);
        if (earlier != null) {
            throw new InvalidInputException(field, value + " is also in row " + earlier);
        }
    }

    private Account validate(AccountInput input, long version, Instant createdAt, Instant updatedAt) {
        return AccountInputValidator.validate(input, tierCatalog.tiers(), version, createdAt, updatedAt);
    }

    private void requireExternalIdFree(Account account) {
        requireExternalIdFree(account, store::findByExternalId);
    }

    private static void requireExternalIdFree(Account account, java.util.function.Function<ExternalId, Optional<AccountKey>> owners) {
        if (account.externalId().isEmpty()) {
            return;
        }
        Optional<AccountKey> owner = owners.apply(account.externalId().get());
        if (owner.isPresent() && !owner.get().equals(account.key())) {
            throw new ConflictException("externalId",
                    "external id " + account.externalId().get() + " is already used by account " + owner.get());
        }
    }

    private void audit(String actor, String action, AccountKey key, Optional<Account> before, Optional<Account> after) {
        auditLog.record(new AuditEntry(clock.instant(), actor, action, SUBJECT, key.value(),
                before.map(AccountAuditText::of), after.map(AccountAuditText::of)));
    }
}
