package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.change.AccountChangeLog;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.store.ao.AccountChange;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Account-change marks in {@code ACCOUNT_CHANGE}, one row per mark (insert-only, so two writers marking one account
 * never conflict). {@link #pending} reads the oldest rows and groups them by account; {@link #done} deletes an
 * account's rows up to the newest id read, so rows inserted since survive.
 */
@Named
public class AoAccountChangeLog implements AccountChangeLog {

    /** Rows read per {@link #pending} call: enough for a full batch of accounts with a few marks each. */
    private static final int ROWS_PER_READ = MAX_PENDING * 4;

    private final ActiveObjects ao;

    @Inject
    public AoAccountChangeLog(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void mark(AccountKey account) {
        Objects.requireNonNull(account, "account");
        ao.executeInTransaction(() -> ao.create(AccountChange.class,
                new DBParam(AccountChange.ACCOUNT_KEY, account.value())));
    }

    @Override
    public long newestMark(AccountKey account) {
        Objects.requireNonNull(account, "account");
        return newestMark(ao, account.value());
    }

    /** {@link #newestMark} for the store's own readers (the panel summary store checks freshness with it). */
    static long newestMark(ActiveObjects ao, String accountKey) {
        AccountChange[] newest = ao.executeInTransaction(() -> ao.find(AccountChange.class, Query.select("ID")
                .where(AccountChange.ACCOUNT_KEY + " = ?", accountKey).order("ID DESC").limit(1)));
        return newest.length == 0 ? 0 : newest[0].getID();
    }

    @Override
    public List<Pending> pending(int limit) {
        if (limit < 1 || limit > MAX_PENDING) {
            throw new IllegalArgumentException("limit must be 1–" + MAX_PENDING + ", got " + limit);
        }
        AccountChange[] rows = ao.executeInTransaction(() -> ao.find(AccountChange.class,
                Query.select("ID, " + AccountChange.ACCOUNT_KEY).order("ID ASC").limit(ROWS_PER_READ)));
        Map<String, Long> newest = new LinkedHashMap<>();
        for (AccountChange row : rows) {
            if (newest.size() < limit || newest.containsKey(row.getAccountKey())) {
                newest.merge(row.getAccountKey(), (long) row.getID(), Math::max);
            }
        }
        List<Pending> pending = new ArrayList<>(newest.size());
        newest.forEach((key, upTo) -> pending.add(new Pending(AccountKey.of(key), upTo)));
        return pending;
    }

    @Override
    public void done(Pending pending) {
        Objects.requireNonNull(pending, "pending");
        ConflictRetry.inTransaction(ao, () -> ao.deleteWithSQL(AccountChange.class,
                AccountChange.ACCOUNT_KEY + " = ? AND ID <= ?", pending.account().value(), pending.upTo()));
    }
}
