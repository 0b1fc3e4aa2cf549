package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.successdesk.domain.voc.CsatRating;
import io.successdesk.domain.voc.CsatResponse;
import io.successdesk.domain.voc.RatingCounts;
import io.successdesk.store.ao.CsatDaily;
import io.successdesk.store.ao.CsatDayTotal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The daily CSAT rollup rows of {@link AoCsatStore}: counting a response in (or, for a correction, out of) the row of
 * its day, account and project and the total of its day and project ({@link CsatDayTotal}), and writing recomputed
 * sums. Runs inside the caller's transaction.
 */
final class CsatRollupRows {

    private static final String ROW_COLUMNS = String.join(", ", "ID", CsatDaily.ANSWERED_DAY, CsatDaily.PROJECT_KEY,
            CsatDaily.ONES, CsatDaily.TWOS, CsatDaily.THREES, CsatDaily.FOURS, CsatDaily.FIVES);

    private final ActiveObjects ao;
    private final CsatSegmentTotals segments;

    CsatRollupRows(ActiveObjects ao) {
        this.ao = ao;
        this.segments = new CsatSegmentTotals(ao);
    }

    /**
     * Adds {@code delta} (1 or −1) to the response's rating in the rollup of its day, account and project; −1 takes
     * it from a row of that key that counts the rating (there may be two rows of a key, see {@link CsatDaily}).
     */
    void count(CsatResponse response, int delta) {
        Key key = new Key((int) response.answeredDay().toEpochDay(), response.account().value(),
                response.projectKey().orElse(null));
        String column = CsatDaily.COUNT_COLUMNS[response.rating().value() - 1];
        Criteria criteria = delta < 0 ? key.criteria().and(column + " > ?", 0L) : key.criteria();
        CsatDaily[] existing = ao.find(CsatDaily.class, criteria.applyTo(Query.select()).order("ID").limit(1));
        if (existing.length == 0 && delta > 0) {
            create(key, RatingCounts.EMPTY.with(response.rating()));
        } else if (existing.length == 0) {
            throw new IllegalStateException("no rollup of " + key + " counts rating " + response.rating().value());
        } else if (delta > 0) {
            CounterSql.increment(existing[0], column);
        } else {
            CounterSql.add(existing[0], existing[0].getID(), Map.of(column, delta));
        }
        addToTotal(key.day(), key.project(), Map.of(column, (long) delta),
                delta > 0 ? RatingCounts.EMPTY.with(response.rating()) : RatingCounts.EMPTY);
        segments.lockedSegmentsOf(key.account()).forEach(segment -> segments.add(key.day(), segment, key.project(),
                Map.of(column, (long) delta)));
    }

    /**
     * Takes the account's daily rows out of the day totals and, while the account exists, out of its segments' (the
     * account is being erased; its rows are deleted next). A total may dip below zero in one of two rows of a key, never in their sum, which readers take.
     */
    void subtractAccount(String account) {
        segments.lockedSegmentsOf(account).forEach(segment -> segments.moveAccount(account, segment, -1));
        for (CsatDaily row : ao.find(CsatDaily.class, Query.select(ROW_COLUMNS).where(CsatDaily.ACCOUNT_KEY + " = ?", account))) {
            Map<String, Long> minus = new LinkedHashMap<>();
            long[] counts = countsOf(row).toArray();
            for (int rating = 1; rating <= 5; rating++) {
                long count = counts[rating - 1];
                if (count > 0) {
                    minus.put(CsatDaily.COUNT_COLUMNS[rating - 1], -count);
                }
            }
            if (!minus.isEmpty()) {
                addToTotal(row.getAnsweredDay(), row.getProjectKey(), minus, RatingCounts.EMPTY);
            }
        }
    }

    /** Adds the increments to the total of the day and project, or creates it holding {@code whenNew} if there is none. */
    private void addToTotal(int day, String project, Map<String, Long> increments, RatingCounts whenNew) {
        Criteria criteria = new Criteria().and(CsatDayTotal.ANSWERED_DAY + " = ?", day);
        criteria = project == null ? criteria.and(CsatDayTotal.PROJECT_KEY + " IS NULL")
                : criteria.and(CsatDayTotal.PROJECT_KEY + " = ?", project);
        CsatDayTotal[] existing = ao.find(CsatDayTotal.class, criteria.applyTo(Query.select()).order("ID").limit(1));
        if (existing.length > 0) {
            CounterSql.add(existing[0], existing[0].getID(), increments);
        } else if (!whenNew.isEmpty()) {
            createTotal(day, project, whenNew);
        } else {
            throw new IllegalStateException("no CSAT total of day " + day + " and project " + project + " to take from");
        }
    }

    private void createTotal(int day, String project, RatingCounts counts) {
        ao.create(CsatDayTotal.class,
                new DBParam(CsatDayTotal.ANSWERED_DAY, day),
                new DBParam(CsatDayTotal.PROJECT_KEY, project),
                new DBParam(CsatDaily.ONES, counts.ones()),
                new DBParam(CsatDaily.TWOS, counts.twos()),
                new DBParam(CsatDaily.THREES, counts.threes()),
                new DBParam(CsatDaily.FOURS, counts.fours()),
                new DBParam(CsatDaily.FIVES, counts.fives()));
    }

    private void create(Key key, RatingCounts counts) {
        ao.create(CsatDaily.class,
                new DBParam(CsatDaily.ANSWERED_DAY, key.day()),
                new DBParam(CsatDaily.ACCOUNT_KEY, key.account()),
                new DBParam(CsatDaily.PROJECT_KEY, key.project()),
                new DBParam(CsatDaily.ONES, counts.ones()),
                new DBParam(CsatDaily.TWOS, counts.twos()),
                new DBParam(CsatDaily.THREES, counts.threes()),
                new DBParam(CsatDaily.FOURS, counts.fours()),
                new DBParam(CsatDaily.FIVES, counts.fives()));
    }

    /** A writer of recomputed sums, as {@link AoCsatStore#rebuildRollups} streams them. */
    Writer writer() {
        return new Writer(this::create);
    }

    /** A writer of recomputed day totals (keys without an account), as {@link AoCsatStore#rebuildRollups} streams them. */
    Writer totalsWriter() {
        return new Writer((key, counts) -> createTotal(key.day(), key.project(), counts));
    }

    static RatingCounts countsOf(CsatDaily row) {
        return new RatingCounts(row.getOnes(), row.getTwos(), row.getThrees(), row.getFours(), row.getFives());
    }

    /** Day (epoch day), account key and project key (null for none) of one rollup row. */
    record Key(int day, String account, String project) {

        static Key of(CsatDaily row) {
            return new Key(row.getAnsweredDay(), row.getAccountKey(), row.getProjectKey());
        }

        Criteria criteria() {
            Criteria criteria = new Criteria()
                    .and(CsatDaily.ANSWERED_DAY + " = ?", day)
                    .and(CsatDaily.ACCOUNT_KEY + " = ?", account);
            return project == null ? criteria.and(CsatDaily.PROJECT_KEY + " IS NULL")
                    : criteria.and(CsatDaily.PROJECT_KEY + " = ?", project);
        }
    }

    /** Sums consecutive responses of the same rollup key (the stream is sorted by key) and writes each sum. */
    static final class Writer {
        private final BiConsumer<Key, RatingCounts> sink;
        private Key current;
        private RatingCounts counts = RatingCounts.EMPTY;
        private int written;

        Writer(BiConsumer<Key, RatingCounts> sink) {
            this.sink = sink;
        }

        void add(Key key, CsatRating rating) {
            if (current != null && !current.equals(key)) {
                finish();
            }
            current = key;
            counts = counts.with(rating);
        }

        void finish() {
            if (current != null) {
                sink.accept(current, counts);
                written++;
            }
            current = null;
            counts = RatingCounts.EMPTY;
        }

        int written() {
            return written;
        }
    }
}
