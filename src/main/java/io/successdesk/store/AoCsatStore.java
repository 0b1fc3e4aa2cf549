package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.voc.CsatDailyRollup;
import io.successdesk.app.voc.CsatFilter;
import io.successdesk.app.voc.CsatStore;
import io.successdesk.app.voc.Upserted;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.Tier;
import io.successdesk.domain.timeline.MillisecondKeyset;
import io.successdesk.domain.timeline.TimelinePosition;
import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.voc.CsatRating;
import io.successdesk.domain.voc.CsatResponse;
import io.successdesk.domain.voc.CsatSource;
import io.successdesk.domain.voc.DailyRatingCounts;
import io.successdesk.domain.voc.RatingCounts;
import io.successdesk.store.ao.CsatDaily;
import io.successdesk.store.ao.CsatDayTotal;
import io.successdesk.store.ao.CsatSegmentDay;
import io.successdesk.store.ao.RatingCountColumns;
import io.successdesk.store.ao.CsatResp;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * CSAT responses and their daily rollups. {@link #upsert} writes the response and bumps its rollup row in one
 * transaction (atomic column increment); a correction moves the response's count from its old rating (and day,
 * account, project) to the new one in the same transaction. {@link #dailyRollups} reads rollup rows only;
 * {@link #rebuildRollups} recomputes every rollup from the raw responses and must agree with the incremental values.
 */
@Named
public class AoCsatStore implements CsatStore {

    /** Accounts per {@code IN (...)} list: under Oracle's 1,000 limit and small enough for every database. */
    static final int IN_CHUNK = Criteria.MAX_IN;

    private static final String RESPONSE_ROLLUP_COLUMNS = String.join(", ", "ID", CsatResp.ANSWERED_DAY,
            CsatResp.ACCOUNT_KEY, CsatResp.PROJECT_KEY, CsatResp.RATING);
    private static final String TOTAL_COLUMNS = String.join(", ", "ID", CsatDayTotal.ANSWERED_DAY, CsatDaily.ONES,
            CsatDaily.TWOS, CsatDaily.THREES, CsatDaily.FOURS, CsatDaily.FIVES);
    private static final String ROLLUP_COLUMNS = String.join(", ", "ID", CsatDaily.ANSWERED_DAY, CsatDaily.ACCOUNT_KEY,
            CsatDaily.PROJECT_KEY, CsatDaily.ONES, CsatDaily.TWOS, CsatDaily.THREES, CsatDaily.FOURS, CsatDaily.FIVES);

    private final ActiveObjects ao;
    private final CsatRollupRows rollups;

    @Inject
    public AoCsatStore(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.rollups = new CsatRollupRows(ao);
    }

    @Override
    public Upserted<CsatResponse> upsert(CsatResponse response) {
        Objects.requireNonNull(response, "response");
        String key = VocKeys.responseKey(response.source().name(), response.externalId());
        CsatResponse stored = asStored(response);
        return ConflictRetry.inTransaction(ao, () -> {
            CsatResp[] existing = byKey(key);
            if (existing.length == 0) {
                insert(key, response);
                rollups.count(response, 1);
                return Upserted.<CsatResponse>created();
            }
            CsatResponse previous = toResponse(existing[0]);
            if (previous.equals(stored)) {
                return Upserted.unchanged(previous);
            }
            rollups.count(previous, -1);
            update(existing[0], response);
            rollups.count(response, 1);
            return Upserted.updated(previous);
        });
    }

    @Override
    public Optional<CsatResponse> find(CsatSource source, String externalId) {
        Objects.requireNonNull(source, "source");
        String key = VocKeys.responseKey(source.name(), externalId);
        return ao.executeInTransaction(() -> {
            CsatResp[] rows = byKey(key);
            return rows.length == 0 ? Optional.<CsatResponse>empty() : Optional.of(toResponse(rows[0]));
        });
    }

    @Override
    public List<CsatDailyRollup> dailyRollups(DateWindow window, CsatFilter filter) {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(filter, "filter");
        if (filter.accountsIn().filter(Set::isEmpty).isPresent()) {
            return List.of();
        }
        return ao.executeInTransaction(() -> {
            Map<CsatRollupRows.Key, RatingCounts> sums = new LinkedHashMap<>();
            for (Criteria criteria : rollupCriteria(window, filter)) {
                Query query = criteria.applyTo(Query.select(ROLLUP_COLUMNS))
                        .order(CsatDaily.ANSWERED_DAY + ", " + CsatDaily.ACCOUNT_KEY);
                ao.stream(CsatDaily.class, query, row -> sums.merge(CsatRollupRows.Key.of(row), CsatRollupRows.countsOf(row), RatingCounts::plus));
            }
            sums.values().removeIf(RatingCounts::isEmpty); // a corrected response can leave a row at zero
            List<CsatDailyRollup> rollups = new ArrayList<>(sums.size());
            sums.forEach((key, counts) -> rollups.add(
                    new CsatDailyRollup(LocalDate.ofEpochDay(key.day()), AccountKey.of(key.account()),
                            Optional.ofNullable(key.project()), counts)));
            return rollups;
        });
    }

    @Override
    public List<DailyRatingCounts> dailyTotals(DateWindow window, Optional<String> projectKey) {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(projectKey, "projectKey");
        Criteria criteria = new Criteria()
                .and(CsatDayTotal.ANSWERED_DAY + " >= ?", (int) window.start().toEpochDay())
                .and(CsatDayTotal.ANSWERED_DAY + " < ?", (int) window.endExclusive().toEpochDay());
        projectKey.ifPresent(project -> criteria.and(CsatDayTotal.PROJECT_KEY + " = ?", project));
        return sumsByDay(CsatDayTotal.class, criteria, CsatDayTotal::getAnsweredDay);
    }

    @Override
    public List<DailyRatingCounts> tierTotals(DateWindow window, Tier tier, Optional<String> projectKey) {
        Objects.requireNonNull(tier, "tier");
        return segmentTotals(window, CsatSegmentTotals.tier(tier.name()), projectKey);
    }

    @Override
    public List<DailyRatingCounts> csmTotals(DateWindow window, String csmUserKey, Optional<String> projectKey) {
        Objects.requireNonNull(csmUserKey, "csmUserKey");
        return segmentTotals(window, CsatSegmentTotals.csm(csmUserKey), projectKey);
    }

    private List<DailyRatingCounts> segmentTotals(DateWindow window, String segment, Optional<String> projectKey) {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(projectKey, "projectKey");
        Criteria criteria = new Criteria()
                .and(CsatSegmentDay.SEGMENT + " = ?", segment)
                .and(CsatSegmentDay.ANSWERED_DAY + " >= ?", (int) window.start().toEpochDay())
                .and(CsatSegmentDay.ANSWERED_DAY + " < ?", (int) window.endExclusive().toEpochDay());
        projectKey.ifPresent(project -> criteria.and(CsatSegmentDay.PROJECT_KEY + " = ?", project));
        return sumsByDay(CsatSegmentDay.class, criteria, CsatSegmentDay::getAnsweredDay);
    }

    /** The rows' counts summed per day, oldest first, days that sum to nothing left out. */
    private <T extends RatingCountColumns> List<DailyRatingCounts> sumsByDay(Class<T> table, Criteria criteria,
                                                                            Function<T, Integer> dayOf) {
        Map<Integer, RatingCounts> sums = new TreeMap<>();
        ao.executeInTransaction(() -> {
            ao.stream(table, criteria.applyTo(Query.select(TOTAL_COLUMNS)), row -> sums.merge(dayOf.apply(row),
                    new RatingCounts(row.getOnes(), row.getTwos(), row.getThrees(), row.getFours(), row.getFives()),
                    RatingCounts::plus));
            return null;
        });
        List<DailyRatingCounts> days = new ArrayList<>(sums.size());
        sums.forEach((day, counts) -> {
            if (!counts.isEmpty()) {
                days.add(new DailyRatingCounts(LocalDate.ofEpochDay(day), counts));
            }
        });
        return days;
    }

    @Override
    public Page<CsatResponse> responsesOf(AccountKey account, PageRequest page) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(page, "page");
        return ao.executeInTransaction(() -> {
            String where = CsatResp.ACCOUNT_KEY + " = ?";
            int total = ao.count(CsatResp.class, Query.select().where(where, account.value()));
            CsatResp[] rows = ao.find(CsatResp.class, Query.select().where(where, account.value())
                    .order(CsatResp.ANSWERED_AT + " DESC, ID DESC").offset(page.offset()).limit(page.limit()));
            List<CsatResponse> items = new ArrayList<>(rows.length);
            for (CsatResp row : rows) {
                items.add(toResponse(row));
            }
            return Page.of(items, page, total);
        });
    }

    @Override
    public List<CsatResponse> newestFirst(AccountKey account, Optional<TimelinePosition> after, int limit) {
        if (TimelinePages.asksForNone(account, after, limit)) {
            return List.of();
        }
        return ao.executeInTransaction(() -> MillisecondKeyset.page(after, limit, CsatResponse::timelinePosition,
                new TimelineRows<>(ao, CsatResp.class, () -> new Criteria().and(CsatResp.ACCOUNT_KEY + " = ?", account.value()),
                        CsatResp.ANSWERED_AT, AoCsatStore::toResponse)));
    }

    /**
     * Replaces every daily rollup by one recomputed from the raw responses, in one transaction. Responses are
     * streamed in rollup-key order, so memory holds one key's counts at a time.
     *
     * @return the number of rollup rows written
     */
    public int rebuildRollups() {
        return ao.executeInTransaction(() -> {
            ao.deleteWithSQL(CsatDaily.class, CsatDaily.ANSWERED_DAY + " IS NOT NULL");
            ao.deleteWithSQL(CsatDayTotal.class, CsatDayTotal.ANSWERED_DAY + " IS NOT NULL");
            CsatRollupRows.Writer writer = rollups.writer();
            Query query = Query.select(RESPONSE_ROLLUP_COLUMNS)
                    .order(CsatResp.ANSWERED_DAY + ", " + CsatResp.ACCOUNT_KEY + ", " + CsatResp.PROJECT_KEY);
            ao.stream(CsatResp.class, query, row -> writer.add(
                    new CsatRollupRows.Key(row.getAnsweredDay(), row.getAccountKey(), row.getProjectKey()),
                    CsatRating.of(row.getRating())));
            writer.finish();
            CsatRollupRows.Writer totals = rollups.totalsWriter();
            ao.stream(CsatResp.class, Query.select(RESPONSE_ROLLUP_COLUMNS)
                    .order(CsatResp.ANSWERED_DAY + ", " + CsatResp.PROJECT_KEY), row -> totals.add(
                    new CsatRollupRows.Key(row.getAnsweredDay(), null, row.getProjectKey()), CsatRating.of(row.getRating())));
            totals.finish();
            CsatSegmentTotals.rebuildAll(ao);
            return writer.written();
        });
    }

    /** The row holding the idempotency key (at most one: the column is unique). */
    private CsatResp[] byKey(String key) {
        return ao.find(CsatResp.class, Query.select().where(VocKeys.RESPONSE_KEY + " = ?", key).limit(1));
    }

    private void insert(String key, CsatResponse response) {
        ao.create(CsatResp.class,
                new DBParam(CsatResp.RESPONSE_KEY, key),
                new DBParam(CsatResp.SOURCE, response.source()),
                new DBParam(CsatResp.EXTERNAL_ID, response.externalId()),
                new DBParam(CsatResp.ACCOUNT_KEY, response.account().value()),
                new DBParam(CsatResp.ISSUE_ID, response.issueId().orElse(null)),
                new DBParam(CsatResp.PROJECT_KEY, response.projectKey().orElse(null)),
                new DBParam(CsatResp.RATING, response.rating().value()),
                new DBParam(CsatResp.COMMENT_TEXT, response.comment().orElse(null)),
                new DBParam(CsatResp.ANSWERED_AT, response.answeredAt().toEpochMilli()),
                new DBParam(CsatResp.ANSWERED_DAY, (int) response.answeredDay().toEpochDay()),
                new DBParam(CsatResp.ISSUE_CREATED_AT, response.issueCreatedAt().map(Instant::toEpochMilli).orElse(null)));
    }

    private void update(CsatResp row, CsatResponse response) {
        row.setAccountKey(response.account().value());
        row.setIssueId(response.issueId().orElse(null));
        row.setProjectKey(response.projectKey().orElse(null));
        row.setRating(response.rating().value());
        row.setCommentText(response.comment().orElse(null));
        row.setAnsweredAt(response.answeredAt().toEpochMilli());
        row.setAnsweredDay((int) response.answeredDay().toEpochDay());
        row.setIssueCreatedAt(response.issueCreatedAt().map(Instant::toEpochMilli).orElse(null));
        row.save();
    }

    /** The response as a stored row reads back: instants at millisecond precision. */
    private static CsatResponse asStored(CsatResponse r) {
        return new CsatResponse(r.externalId(), r.source(), r.account(), r.issueId(), r.projectKey(), r.rating(),
                r.comment(), VocKeys.millis(r.answeredAt()), r.issueCreatedAt().map(VocKeys::millis));
    }

    private static List<Criteria> rollupCriteria(DateWindow window, CsatFilter filter) {
        List<List<String>> accountChunks = filter.accountsIn()
                .map(accounts -> Criteria.inChunks(accounts.stream().map(AccountKey::value).sorted().toList()))
                .orElse(List.of(List.of()));
        List<Criteria> all = new ArrayList<>();
        for (List<String> chunk : accountChunks) {
            Criteria criteria = new Criteria()
                    .and(CsatDaily.ANSWERED_DAY + " >= ?", (int) window.start().toEpochDay())
                    .and(CsatDaily.ANSWERED_DAY + " < ?", (int) window.endExclusive().toEpochDay());
            filter.account().ifPresent(account -> criteria.and(CsatDaily.ACCOUNT_KEY + " = ?", account.value()));
            filter.projectKey().ifPresent(project -> criteria.and(CsatDaily.PROJECT_KEY + " = ?", project));
            if (!chunk.isEmpty()) {
                criteria.in(CsatDaily.ACCOUNT_KEY, chunk);
            }
            all.add(criteria);
        }
        return all;
    }

    private static CsatResponse toResponse(CsatResp row) {
        return new CsatResponse(row.getExternalId(), row.getSource(), AccountKey.of(row.getAccountKey()),
                Optional.ofNullable(row.getIssueId()), Optional.ofNullable(row.getProjectKey()),
                CsatRating.of(row.getRating()), Optional.ofNullable(row.getCommentText()),
                Instant.ofEpochMilli(row.getAnsweredAt()),
                Optional.ofNullable(row.getIssueCreatedAt()).map(Instant::ofEpochMilli));
    }
}
