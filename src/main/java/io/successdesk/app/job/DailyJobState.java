package io.successdesk.app.job;

import java.time.LocalDate;
import java.util.Optional;

/** Port: the last day whose daily snapshot completed, shared by the cluster nodes. */
public interface DailyJobState {

    Optional<LocalDate> lastSnapshotDay();

    void snapshotDone(LocalDate day);
}
