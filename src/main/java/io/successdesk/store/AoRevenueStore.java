package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.revenue.ArrCurrencyConflictException;
import io.successdesk.app.revenue.RevenueStore;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.revenue.ArrSnapshot;
import io.successdesk.domain.value.Money;
import io.successdesk.store.ao.ArrMonth;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Month-end ARR snapshots, one row per account and month, in one currency for good (another currency for a stored
 * account and month is refused). Reads by currency and month range use the
 * (currency, month) index and stream the rows.
 */
@Named
public class AoRevenueStore implements RevenueStore {

    private final ActiveObjects ao;

    @Inject
    public AoRevenueStore(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    /** All snapshots in one transaction: a currency conflict rolls every row back. */
    @Override
    public List<UpsertOutcome> upsertAll(List<ArrSnapshot> snapshots) {
        Objects.requireNonNull(snapshots, "snapshots");
        return ConflictRetry.inTransaction(ao, () -> {
            List<UpsertOutcome> outcomes = new ArrayList<>(snapshots.size());
            Set<String> changedCurrencies = new TreeSet<>();
            for (ArrSnapshot snapshot : snapshots) {
                UpsertOutcome outcome = upsertOne(snapshot);
                outcomes.add(outcome);
                if (outcome != UpsertOutcome.UNCHANGED) {
                    changedCurrencies.add(snapshot.arr().currencyCode());
                }
            }
            changedCurrencies.forEach(code -> ArrVersions.raise(ao, code));
            return outcomes;
        });
    }

    private UpsertOutcome upsertOne(ArrSnapshot snapshot) {
        String key = snapshot.account().value() + ":" + monthNumber(snapshot.month());
        ArrMonth[] existing = ao.find(ArrMonth.class,
                Query.select().where(ArrMonth.SNAPSHOT_KEY + " = ?", key).limit(1));
        if (existing.length == 0) {
            ao.create(ArrMonth.class,
                    new DBParam(ArrMonth.SNAPSHOT_KEY, key),
                    new DBParam(ArrMonth.ACCOUNT_KEY, snapshot.account().value()),
                    new DBParam(ArrMonth.SNAPSHOT_MONTH, monthNumber(snapshot.month())),
                    new DBParam(ArrMonth.CURRENCY, snapshot.arr().currencyCode()),
                    new DBParam(ArrMonth.ARR_MINOR, snapshot.arr().minorUnits()));
            return UpsertOutcome.CREATED;
        }
        ArrMonth row = existing[0];
        if (!row.getCurrency().equals(snapshot.arr().currencyCode())) {
            throw new ArrCurrencyConflictException(snapshot, Money.currency(row.getCurrency()));
        }
        if (row.getArrMinor() == snapshot.arr().minorUnits()) {
            return UpsertOutcome.UNCHANGED;
        }
        row.setArrMinor(snapshot.arr().minorUnits());
        row.save();
        return UpsertOutcome.UPDATED;
    }

    @Override
    public List<ArrSnapshot> snapshots(Currency currency, YearMonth from, YearMonth to) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return ao.executeInTransaction(() -> {
            List<ArrSnapshot> snapshots = new ArrayList<>();
            Query query = Query.select(String.join(", ", "ID", ArrMonth.ACCOUNT_KEY, ArrMonth.SNAPSHOT_MONTH,
                            ArrMonth.CURRENCY, ArrMonth.ARR_MINOR))
                    .where(ArrMonth.CURRENCY + " = ? AND " + ArrMonth.SNAPSHOT_MONTH + " >= ? AND "
                            + ArrMonth.SNAPSHOT_MONTH + " <= ?", currency.getCurrencyCode(), monthNumber(from),
                            monthNumber(to));
            ao.stream(ArrMonth.class, query, row -> snapshots.add(toSnapshot(row)));
            return snapshots;
        });
    }

    @Override
    public long version(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        return ao.executeInTransaction(() -> ArrVersions.read(ao, currency.getCurrencyCode()));
    }

    @Override
    public Optional<ArrSnapshot> snapshotOf(AccountKey account, Currency currency, YearMonth month) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(month, "month");
        ArrMonth[] rows = ao.executeInTransaction(() -> ao.find(ArrMonth.class, Query.select(String.join(", ", "ID",
                        ArrMonth.ACCOUNT_KEY, ArrMonth.SNAPSHOT_MONTH, ArrMonth.CURRENCY, ArrMonth.ARR_MINOR))
                .where(ArrMonth.ACCOUNT_KEY + " = ? AND " + ArrMonth.SNAPSHOT_MONTH + " = ? AND " + ArrMonth.CURRENCY
                        + " = ?", account.value(), monthNumber(month), currency.getCurrencyCode())));
        return Arrays.stream(rows).map(AoRevenueStore::toSnapshot).findFirst();
    }

    @Override
    public List<ArrSnapshot> history(AccountKey account) {
        Objects.requireNonNull(account, "account");
        return ao.executeInTransaction(() -> {
            List<ArrSnapshot> snapshots = new ArrayList<>();
            ao.stream(ArrMonth.class, Query.select(String.join(", ", "ID", ArrMonth.ACCOUNT_KEY, ArrMonth.SNAPSHOT_MONTH,
                            ArrMonth.CURRENCY, ArrMonth.ARR_MINOR))
                    .where(ArrMonth.ACCOUNT_KEY + " = ?", account.value())
                    .order(ArrMonth.SNAPSHOT_MONTH + " ASC, " + ArrMonth.CURRENCY + " ASC"), row -> snapshots.add(toSnapshot(row)));
            return snapshots;
        });
    }

    @Override
    public Optional<YearMonth> firstMonth(Currency currency) {
        return edgeMonth(currency, "");
    }

    @Override
    public Optional<YearMonth> lastMonth(Currency currency) {
        return edgeMonth(currency, " DESC");
    }

    /** The first month of {@code currency} in the order {@code direction} ("" or " DESC"), via the currency index. */
    private Optional<YearMonth> edgeMonth(Currency currency, String direction) {
        Objects.requireNonNull(currency, "currency");
        return ao.executeInTransaction(() -> {
            ArrMonth[] edge = ao.find(ArrMonth.class, Query.select()
                    .where(ArrMonth.CURRENCY + " = ?", currency.getCurrencyCode())
                    .order(ArrMonth.SNAPSHOT_MONTH + direction).limit(1));
            return edge.length == 0 ? Optional.<YearMonth>empty() : Optional.of(month(edge[0].getSnapshotMonth()));
        });
    }

    /** One indexed lookup per currency present ("skip scan" over the currency index), not a table scan. */
    @Override
    public Set<Currency> currencies() {
        return ao.executeInTransaction(() -> {
            Set<Currency> currencies = new LinkedHashSet<>();
            String after = "";
            while (true) {
                ArrMonth[] next = ao.find(ArrMonth.class, Query.select()
                        .where(ArrMonth.CURRENCY + " > ?", after).order(ArrMonth.CURRENCY).limit(1));
                if (next.length == 0) {
                    return currencies;
                }
                after = next[0].getCurrency();
                currencies.add(Money.currency(after));
            }
        });
    }

    private static ArrSnapshot toSnapshot(ArrMonth row) {
        return new ArrSnapshot(AccountKey.of(row.getAccountKey()), month(row.getSnapshotMonth()),
                Money.of(row.getArrMinor(), row.getCurrency()));
    }

    static int monthNumber(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    static YearMonth month(int monthNumber) {
        return YearMonth.of(monthNumber / 100, monthNumber % 100);
    }
}
