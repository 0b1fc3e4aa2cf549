package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.successdesk.domain.voc.RatingCounts;
import io.successdesk.store.ao.AccountRow;
import io.successdesk.store.ao.CsatDaily;
import io.successdesk.store.ao.CsatTierDay;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CSAT totals per day, tier and project ({@link CsatTierDay}): an answer counts in the tier its account is in, and
 * an account's answers move with it when it joins a tier (created, tier changed) or leaves one (tier changed,
 * deleted). Runs inside the caller's transaction; the account row's lock, taken by every account write and by
 * {@link #lockedTierOf} when an answer is counted, orders a tier change against the answers counted meanwhile.
 */
public final class CsatTierTotals {

    private static final String DAILY_COLUMNS = String.join(", ", "ID", CsatDaily.ANSWERED_DAY, CsatDaily.PROJECT_KEY,
            CsatDaily.ONES, CsatDaily.TWOS, CsatDaily.THREES, CsatDaily.FOURS, CsatDaily.FIVES);

    private record Key(int day, String tier, String project) {
    }

    private final ActiveObjects ao;

    CsatTierTotals(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * The tier of the account with this key, if there is one, read under the account row's lock: a concurrent tier
     * change either finished before (its new tier is read) or waits for this transaction (and then moves the answer
     * counted here along with the others).
     */
    Optional<String> lockedTierOf(String account) {
        AccountRow[] rows = ao.find(AccountRow.class, Query.select("ID, " + AccountRow.TIER)
                .where(AccountRow.ACCOUNT_KEY + " = ?", account).limit(1));
        if (rows.length == 0 || !CounterSql.lock(rows[0], AccountRow.TIER)) {
            return Optional.empty();
        }
        AccountRow[] locked = ao.find(AccountRow.class, Query.select("ID, " + AccountRow.TIER)
                .where("ID = ?", rows[0].getID()));
        return locked.length == 0 ? Optional.empty() : Optional.of(locked[0].getTier());
    }

    /** Adds the increments (column → delta) to the total of the day, tier and project, creating it when adding. */
    void add(int day, String tier, String project, Map<String, Long> increments) {
        Criteria criteria = new Criteria().and(CsatTierDay.TIER_NAME + " = ?", tier)
                .and(CsatTierDay.ANSWERED_DAY + " = ?", day);
        criteria = project == null ? criteria.and(CsatTierDay.PROJECT_KEY + " IS NULL")
                : criteria.and(CsatTierDay.PROJECT_KEY + " = ?", project);
        CsatTierDay[] existing = ao.find(CsatTierDay.class, criteria.applyTo(Query.select()).order("ID").limit(1));
        if (existing.length > 0) {
            CounterSql.add(existing[0], existing[0].getID(), increments);
            return;
        }
        long[] counts = new long[5];
        for (int i = 0; i < 5; i++) {
            counts[i] = increments.getOrDefault(CsatDaily.COUNT_COLUMNS[i], 0L);
        }
        create(new Key(day, tier, project), counts);
    }

    /** Adds ({@code sign} 1) or takes ({@code −1}) every answer of the account to or from the tier's totals. */
    void moveAccount(String account, String tier, int sign) {
        Map<Key, long[]> sums = new LinkedHashMap<>();
        ao.stream(CsatDaily.class, Query.select(DAILY_COLUMNS).where(CsatDaily.ACCOUNT_KEY + " = ?", account),
                row -> accumulate(sums, new Key(row.getAnsweredDay(), tier, row.getProjectKey()), row, sign));
        sums.forEach((key, counts) -> {
            Map<String, Long> increments = new LinkedHashMap<>();
            for (int i = 0; i < 5; i++) {
                if (counts[i] != 0) {
                    increments.put(CsatDaily.COUNT_COLUMNS[i], counts[i]);
                }
            }
            if (!increments.isEmpty()) {
                add(key.day(), key.tier(), key.project(), increments);
            }
        });
    }

    /**
     * Replaces every tier total by the sums of the daily rows over each tier's current accounts, in the caller's
     * transaction (upgrade task 5 and {@code AoCsatStore.rebuildRollups}).
     *
     * @return the number of total rows written
     */
    public static int rebuildAll(ActiveObjects ao) {
        return new CsatTierTotals(ao).rebuild();
    }

    private int rebuild() {
        ao.deleteWithSQL(CsatTierDay.class, CsatTierDay.ANSWERED_DAY + " IS NOT NULL");
        Map<String, String> tierByAccount = new HashMap<>();
        ao.stream(AccountRow.class, Query.select("ID, " + AccountRow.ACCOUNT_KEY + ", " + AccountRow.TIER),
                row -> tierByAccount.put(row.getAccountKey(), row.getTier()));
        Map<Key, long[]> sums = new HashMap<>();
        ao.stream(CsatDaily.class, Query.select(DAILY_COLUMNS + ", " + CsatDaily.ACCOUNT_KEY), row -> {
            String tier = tierByAccount.get(row.getAccountKey());
            if (tier != null) {
                accumulate(sums, new Key(row.getAnsweredDay(), tier, row.getProjectKey()), row, 1);
            }
        });
        sums.forEach(this::create);
        return sums.size();
    }

    private static void accumulate(Map<Key, long[]> sums, Key key, CsatDaily row, int sign) {
        long[] sum = sums.computeIfAbsent(key, k -> new long[5]);
        sum[0] += sign * row.getOnes();
        sum[1] += sign * row.getTwos();
        sum[2] += sign * row.getThrees();
        sum[3] += sign * row.getFours();
        sum[4] += sign * row.getFives();
    }

    private void create(Key key, long[] counts) {
        ao.create(CsatTierDay.class,
                new DBParam(CsatTierDay.ANSWERED_DAY, key.day()),
                new DBParam(CsatTierDay.TIER_NAME, key.tier()),
                new DBParam(CsatTierDay.PROJECT_KEY, key.project()),
                new DBParam(CsatDaily.ONES, counts[0]),
                new DBParam(CsatDaily.TWOS, counts[1]),
                new DBParam(CsatDaily.THREES, counts[2]),
                new DBParam(CsatDaily.FOURS, counts[3]),
                new DBParam(CsatDaily.FIVES, counts[4]));
    }

    static RatingCounts counts(CsatTierDay row) {
        return new RatingCounts(row.getOnes(), row.getTwos(), row.getThrees(), row.getFours(), row.getFives());
    }
}
