package io.successdesk.app.health;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.HealthBandChange;
import io.successdesk.domain.health.HealthSnapshot;
import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.value.Money;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port: the daily health history of accounts. */
public interface HealthHistory {

    /** Stores the snapshot, replacing any earlier one of the same account and day (so re-running a day is safe). */
    default void save(HealthSnapshot snapshot) {
        save(snapshot, Optional.empty());
    }

    /**
     * As {@link #save(HealthSnapshot)}, with the account's ARR at snapshot time, which the ARR-at-risk figures of
     * {@link #dailyRollups} sum for red accounts (empty: the account counts in the bands but adds no ARR).
     */
    void save(HealthSnapshot snapshot, Optional<Money> arr);

    /** The account's snapshots whose day falls in the window, oldest first. */
    List<HealthSnapshot> history(AccountKey account, DateWindow window);

    /**
     * At most {@code limit} of the account's band changes ({@link HealthBandChange}) dated {@code onOrBefore} or
     * earlier (all days when empty), newest first.
     */
    List<HealthBandChange> bandChanges(AccountKey account, Optional<LocalDate> onOrBefore, int limit);

    /** Those of {@code accounts} that have a snapshot of {@code day} (one query per chunk of keys, not per account). */
    Set<AccountKey> snapshotted(Collection<AccountKey> accounts, LocalDate day);

    /** The account's latest snapshot dated {@code day} or earlier. */
    Optional<HealthSnapshot> onOrBefore(AccountKey account, LocalDate day);

    /**
     * Band counts (by effective band; snapshots without a band count in none) and ARR at risk of each day in
     * the window on which at least one snapshot had a band, oldest first. Read from rollups kept on write,
     * never from raw snapshots.
     */
    List<DailyHealthRollup> dailyRollups(DateWindow window);

    /**
     * Deletes every snapshot of the account and takes its contribution out of the daily rollups (the account is being
     * deleted); answers the number of snapshots deleted.
     */
    int erase(AccountKey account);
}
