package io.successdesk.app.refresh;


import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test fake of the {@link AccountRefresher} port: records every call. */
public final class RecordingRefresher implements AccountRefresher {

    private final List<LocalDate> snapshots = new ArrayList<>();

    @Override
    public synchronized SnapshotRun snapshotAllAccounts(LocalDate day) {
        snapshots.add(day);
        return new SnapshotRun(0, 0);
    }

    public synchronized List<LocalDate> snapshots() {
        return List.copyOf(snapshots);
    }

    public synchronized void clear() {
        snapshots.clear();
    }
}
