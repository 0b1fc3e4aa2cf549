package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.successdesk.domain.account.Account;
import io.successdesk.store.ao.AccountRow;
import io.successdesk.store.ao.CsatDaily;
import io.successdesk.store.ao.CsatSegmentDay;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.jspecify.annotations.Nullable;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CSAT totals per day, segment and project ({@link CsatSegmentDay}): an answer counts in the segments its account
 * is in (its tier, its CSM's book), and an account's answers move with it when it joins a segment (created, tier or
 * CSM changed) or leaves one (changed, deleted). Runs inside the caller's transaction; the account row's lock, taken
 * by every account write and by {@link #lockedSegmentsOf} when an answer is counted, orders a tier or CSM change
 * against the answers counted meanwhile.
 */
public final class CsatSegmentTotals {

    private static final String DAILY_COLUMNS = String.join(", ", "ID", CsatDaily.ANSWERED_DAY, CsatDaily.PROJECT_KEY,
            CsatDaily.ONES, CsatDaily.TWOS, CsatDaily.THREES, CsatDaily.FOURS, CsatDaily.FIVES);

    /** Account keys per {@code IN (...)} list: under Oracle's 1,000. */
    private static final int KEYS_PER_QUERY = 500;

    private record Key(int day, String segment, String project) {
    }

    /** The segment of a tier. */
    public static String tier(String tierName) {
        return "tier:" + tierName;
    }

    /** The segment of a CSM's book. */
    public static String csm(String userKey) {
        return "csm:" + userKey;
    }

    /** The segments the account is in. */
    static List<String> segments(Account account) {
        return segments(account.tier().name(), account.csmUserKey().orElse(null));
    }

    /** The segments of an account in {@code tierName} owned by {@code csmUserKey} (null: no CSM). */
    static List<String> segments(String tierName, @Nullable String csmUserKey) {
        return csmUserKey == null ? List.of(tier(tierName)) : List.of(tier(tierName), csm(csmUserKey));
    }

    private final ActiveObjects ao;

    CsatSegmentTotals(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * The segments of the account with this key (none when there is no account), read under the account row's lock: a
     * concurrent tier or CSM change either finished before (its new segments are read) or waits for this transaction
     * (and then moves the answer counted here along with the others).
     */
    List<String> lockedSegmentsOf(String account) {
        AccountRow[] rows = ao.find(AccountRow.class, Query.select("ID")
                .where(AccountRow.ACCOUNT_KEY + " = ?", account).limit(1));
        if (rows.length == 0 || !CounterSql.lock(rows[0], AccountRow.TIER)) {
            return List.of();
        }
        AccountRow[] locked = ao.find(AccountRow.class, Query.select("ID, " + AccountRow.TIER + ", "
                + AccountRow.CSM_USER_KEY).where("ID = ?", rows[0].getID()));
        return locked.length == 0 ? List.of() : segments(locked[0].getTier(), locked[0].getCsmUserKey());
    }

    /** Adds the increments (column → delta) to the total of the day, segment and project, creating it when adding. */
    void add(int day, String segment, String project, Map<String, Long> increments) {
        Criteria criteria = new Criteria().and(CsatSegmentDay.SEGMENT + " = ?", segment)
                .and(CsatSegmentDay.ANSWERED_DAY + " = ?", day);
        criteria = project == null ? criteria.and(CsatSegmentDay.PROJECT_KEY + " IS NULL")
                : criteria.and(CsatSegmentDay.PROJECT_KEY + " = ?", project);
        CsatSegmentDay[] existing = ao.find(CsatSegmentDay.class, criteria.applyTo(Query.select()).order("ID").limit(1));
        if (existing.length > 0) {
            CounterSql.add(existing[0], existing[0].getID(), increments);
            return;
        }
        long[] counts = new long[5];
        for (int i = 0; i < 5; i++) {
            counts[i] = increments.getOrDefault(CsatDaily.COUNT_COLUMNS[i], 0L);
        }
        create(new Key(day, segment, project), counts);
    }

    /** Adds ({@code sign} 1) or takes ({@code −1}) every answer of the account to or from the segment's totals. */
    void moveAccount(String account, String segment, int sign) {
        Map<Key, long[]> sums = new LinkedHashMap<>();
        ao.stream(CsatDaily.class, Query.select(DAILY_COLUMNS).where(CsatDaily.ACCOUNT_KEY + " = ?", account),
                row -> accumulate(sums, new Key(row.getAnsweredDay(), segment, row.getProjectKey()), row, sign));
        sums.forEach((key, counts) -> {
            Map<String, Long> increments = new LinkedHashMap<>();
            for (int i = 0; i < 5; i++) {
                if (counts[i] != 0) {
                    increments.put(CsatDaily.COUNT_COLUMNS[i], counts[i]);
                }
            }
            if (!increments.isEmpty()) {
                add(key.day(), key.segment(), key.project(), increments);
            }
        });
    }

    /**
     * Adds the answers already stored under the keys of just-created accounts (answers may arrive before their
     * account) to the accounts' segments. One query per {@value #KEYS_PER_QUERY} accounts finds the few that have any,
     * so a bulk import pays no query per account.
     */
    void joinNewAccounts(List<Account> created) {
        for (int from = 0; from < created.size(); from += KEYS_PER_QUERY) {
            List<Account> chunk = created.subList(from, Math.min(created.size(), from + KEYS_PER_QUERY));
            Set<String> answered = new HashSet<>();
            ao.stream(CsatDaily.class, Query.select("ID, " + CsatDaily.ACCOUNT_KEY).where(CsatDaily.ACCOUNT_KEY
                    + " IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                    chunk.stream().map(account -> account.key().value()).toArray()),
                    row -> answered.add(row.getAccountKey()));
            chunk.stream().filter(account -> answered.contains(account.key().value()))
                    .forEach(account -> moveAccount(account.key().value(), List.of(), segments(account)));
        }
    }

    /**
     * Moves the account's answers from the segments of {@code before} that {@code after} lacks to those of {@code
     * after} that {@code before} lacks (each a list from {@link #segments}; empty for an account not there).
     */
    void moveAccount(String account, List<String> before, List<String> after) {
        before.stream().filter(segment -> !after.contains(segment)).forEach(segment -> moveAccount(account, segment, -1));
        after.stream().filter(segment -> !before.contains(segment)).forEach(segment -> moveAccount(account, segment, 1));
    }

    /**
     * Replaces every segment total by the sums of the daily rows over each segment's current accounts, in the caller's
     * transaction (upgrade task 5 and {@code AoCsatStore.rebuildRollups}).
     *
     * @return the number of total rows written
     */
    public static int rebuildAll(ActiveObjects ao) {
        return new CsatSegmentTotals(ao).rebuild();
    }

    private int rebuild() {
        ao.deleteWithSQL(CsatSegmentDay.class, CsatSegmentDay.ANSWERED_DAY + " IS NOT NULL");
        Map<String, List<String>> segmentsByAccount = new HashMap<>();
        ao.stream(AccountRow.class, Query.select("ID, " + AccountRow.ACCOUNT_KEY + ", " + AccountRow.TIER + ", "
                + AccountRow.CSM_USER_KEY), row -> segmentsByAccount.put(row.getAccountKey(),
                segments(row.getTier(), row.getCsmUserKey())));
        Map<Key, long[]> sums = new HashMap<>();
        ao.stream(CsatDaily.class, Query.select(DAILY_COLUMNS + ", " + CsatDaily.ACCOUNT_KEY), row -> {
            for (String segment : segmentsByAccount.getOrDefault(row.getAccountKey(), List.of())) {
                accumulate(sums, new Key(row.getAnsweredDay(), segment, row.getProjectKey()), row, 1);
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
        ao.create(CsatSegmentDay.class,
                new DBParam(CsatSegmentDay.ANSWERED_DAY, key.day()),
                new DBParam(CsatSegmentDay.SEGMENT, key.segment()),
                new DBParam(CsatSegmentDay.PROJECT_KEY, key.project()),
                new DBParam(CsatDaily.ONES, counts[0]),
                new DBParam(CsatDaily.TWOS, counts[1]),
                new DBParam(CsatDaily.THREES, counts[2]),
                new DBParam(CsatDaily.FOURS, counts[3]),
                new DBParam(CsatDaily.FIVES, counts[4]));
    }
}
