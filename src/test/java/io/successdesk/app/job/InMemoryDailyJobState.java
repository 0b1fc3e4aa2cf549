package io.successdesk.app.job;

import java.time.LocalDate;
import java.util.Optional;

/** Test fake of the {@link DailyJobState} port. */
public final class InMemoryDailyJobState implements DailyJobState {

    private LocalDate last;

    @Override
    public synchronized Optional<LocalDate> lastSnapshotDay() {
        return Optional.ofNullable(last);
    }

    @Override
    public synchronized void snapshotDone(LocalDate day) {
        last = day;
    }
}
