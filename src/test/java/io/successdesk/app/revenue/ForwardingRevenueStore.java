package io.successdesk.app.revenue;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.revenue.ArrSnapshot;

import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A {@link RevenueStore} passing every call on, for tests that watch or interrupt one of them. */
class ForwardingRevenueStore implements RevenueStore {

    private final RevenueStore delegate;

    ForwardingRevenueStore(RevenueStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public List<UpsertOutcome> upsertAll(List<ArrSnapshot> snapshots) {
        return delegate.upsertAll(snapshots);
    }

    @Override
    public List<ArrSnapshot> snapshots(Currency currency, YearMonth from, YearMonth to) {
        return delegate.snapshots(currency, from, to);
    }

    @Override
    public long version(Currency currency) {
        return delegate.version(currency);
    }

    @Override
    public Optional<ArrSnapshot> snapshotOf(AccountKey account, Currency currency, YearMonth month) {
        return delegate.snapshotOf(account, currency, month);
    }

    @Override
    public Optional<YearMonth> firstMonth(Currency currency) {
        return delegate.firstMonth(currency);
    }

    @Override
    public List<ArrSnapshot> history(AccountKey account) {
        return delegate.history(account);
    }

    @Override
    public Optional<YearMonth> lastMonth(Currency currency) {
        return delegate.lastMonth(currency);
    }

    @Override
    public Set<Currency> currencies() {
        return delegate.currencies();
    }
}
