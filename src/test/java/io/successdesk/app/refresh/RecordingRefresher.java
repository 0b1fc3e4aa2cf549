package io.successdesk.app.refresh;

import io.successdesk.domain.account.AccountKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test fake of the {@link AccountRefresher} port: records every call. */
public final class RecordingRefresher implements AccountRefresher {

    private final List<AccountKey> refreshed = new ArrayList<>();
    private final List<LocalDate> snapshots = new ArrayList<>();

    @Override
    public synchronized void refreshAccount(AccountKey account) {
        refreshed.add(account);
    }

    @Override
    public synchronized void snapshotAllAccounts(LocalDate day) {
        snapshots.add(day);
    }

    public synchronized List<AccountKey> refreshed() {
        return List.copyOf(refreshed);
    }

    public synchronized List<LocalDate> snapshots() {
        return List.copyOf(snapshots);
    }

    public synchronized void clear() {
        refreshed.clear();
        snapshots.clear();
    }
}
