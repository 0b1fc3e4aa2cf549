package io.successdesk.app.health;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.HealthSnapshot;
import io.successdesk.domain.value.DateWindow;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: the daily health history of accounts. */
public interface HealthHistory {

    /** Stores the snapshot, replacing any earlier one of the same account and day (so re-running a day is safe). */
    void save(HealthSnapshot snapshot);

    /** The account's snapshots whose day falls in the window, oldest first. */
    List<HealthSnapshot> history(AccountKey account, DateWindow window);

    /** The account's latest snapshot dated {@code day} or earlier. */
    Optional<HealthSnapshot> onOrBefore(AccountKey account, LocalDate day);
}
