package io.successdesk.app.refresh;

import java.time.LocalDate;

/**
 * Port: the narrow view of the account refresh use case the daily job needs. {@link AccountRefreshService} implements it.
 */
public interface AccountRefresher {

    /**
     * Takes the day's snapshot of every account; resumable, and running it twice for one day changes nothing. One
     * failing account does not stop the others: it is logged and counted.
     */
    SnapshotRun snapshotAllAccounts(LocalDate day);

    /** How a day's snapshot went: accounts snapshotted and accounts whose snapshot failed. */
    record SnapshotRun(int snapshotted, int failed) {
    }
}
