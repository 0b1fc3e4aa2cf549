package io.successdesk.app.voc;

import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.Tier;
import io.successdesk.domain.timeline.TimelinePosition;
import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.voc.CsatResponse;
import io.successdesk.domain.voc.CsatSource;
import io.successdesk.domain.voc.DailyRatingCounts;
import io.successdesk.domain.voc.RatingCounts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test fake of the {@link CsatStore} port, rolling up by day, account and project like the real store. */
public final class InMemoryCsatStore implements CsatStore {

    private record RollupKey(LocalDate day, AccountKey account, Optional<String> projectKey) {
    }

    private final Map<String, CsatResponse> responsesByKey = new LinkedHashMap<>();
    private final Map<RollupKey, RatingCounts> rollups = new LinkedHashMap<>();
    private final Map<AccountKey, Tier> tiers = new LinkedHashMap<>();
    private final Map<AccountKey, String> csms = new LinkedHashMap<>();

    /** Puts the account in the tier (as its account row would), for {@link #tierTotals}. */
    public synchronized void setTier(AccountKey account, Tier tier) {
        tiers.put(account, tier);
    }

    /** Gives the account to the CSM (empty: to none), as its account row would, for {@link #csmTotals}. */
    public synchronized void setCsm(AccountKey account, Optional<String> csm) {
        csm.ifPresentOrElse(key -> csms.put(account, key), () -> csms.remove(account));
    }

    /** The account is gone: its answers count in no tier and no CSM's book. */
    public synchronized void removeAccount(AccountKey account) {
        tiers.remove(account);
        csms.remove(account);
    }

    @Override
    public synchronized Upserted<CsatResponse> upsert(CsatResponse response) {
        String key = response.source() + ":" + response.externalId();
        CsatResponse previous = responsesByKey.put(key, response);
        if (previous != null && previous.equals(response)) {
            return Upserted.unchanged(previous);
        }
        if (previous != null) {
            long[] counts = rollups.get(rollupKey(previous)).toArray();
            counts[previous.rating().value() - 1]--;
            rollups.put(rollupKey(previous), RatingCounts.of(counts));
        }
        rollups.merge(rollupKey(response), RatingCounts.EMPTY.with(response.rating()), RatingCounts::plus);
        return previous == null ? Upserted.created() : Upserted.updated(previous);
    }

    @Override
    public synchronized Optional<CsatResponse> find(CsatSource source, String externalId) {
        return Optional.ofNullable(responsesByKey.get(source + ":" + externalId));
    }

    private static RollupKey rollupKey(CsatResponse response) {
        return new RollupKey(response.answeredDay(), response.account(), response.projectKey());
    }

    @Override
    public synchronized List<CsatDailyRollup> dailyRollups(DateWindow window, CsatFilter filter) {
        List<CsatDailyRollup> rows = new ArrayList<>();
        rollups.forEach((key, counts) -> {
            if (window.contains(key.day()) && filter.matches(key.account(), key.projectKey()) && !counts.isEmpty()) {
                rows.add(new CsatDailyRollup(key.day(), key.account(), key.projectKey(), counts));
            }
        });
        return rows;
    }

    @Override
    public synchronized Page<CsatResponse> responsesOf(AccountKey account, PageRequest page) {
        List<CsatResponse> matching = responsesByKey.values().stream()
                .filter(response -> response.account().equals(account))
                .sorted(Comparator.comparing(CsatResponse::answeredAt).reversed())
                .toList();
        int from = Math.min(page.offset(), matching.size());
        int to = Math.min(from + page.limit(), matching.size());
        return Page.of(matching.subList(from, to), page, matching.size());
    }

    @Override
    public synchronized List<CsatResponse> newestFirst(AccountKey account, Optional<TimelinePosition> after, int limit) {
        return responsesByKey.values().stream()
                .filter(response -> response.account().equals(account))
                .filter(response -> after.map(cursor -> cursor.isFollowedBy(response.timelinePosition())).orElse(true))
                .sorted(Comparator.comparing(CsatResponse::timelinePosition))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<DailyRatingCounts> dailyTotals(DateWindow window, Optional<String> projectKey) {
        Map<LocalDate, RatingCounts> byDay = new java.util.TreeMap<>();
        responsesByKey.values().stream()
                .filter(response -> window.contains(response.answeredDay()))
                .filter(response -> projectKey.isEmpty() || projectKey.equals(response.projectKey()))
                .forEach(response -> byDay.merge(response.answeredDay(), RatingCounts.EMPTY.with(response.rating()),
                        RatingCounts::plus));
        return byDay.entrySet().stream().map(day -> new DailyRatingCounts(day.getKey(), day.getValue())).toList();
    }

    @Override
    public synchronized List<DailyRatingCounts> tierTotals(DateWindow window, Tier tier, Optional<String> projectKey) {
        return totalsOf(window, account -> tier.equals(tiers.get(account)), projectKey);
    }

    @Override
    public synchronized List<DailyRatingCounts> csmTotals(DateWindow window, String csmUserKey, Optional<String> projectKey) {
        return totalsOf(window, account -> csmUserKey.equals(csms.get(account)), projectKey);
    }

    private List<DailyRatingCounts> totalsOf(DateWindow window, java.util.function.Predicate<AccountKey> accounts,
                                             Optional<String> projectKey) {
        Map<LocalDate, RatingCounts> byDay = new java.util.TreeMap<>();
        responsesByKey.values().stream()
                .filter(response -> accounts.test(response.account()))
                .filter(response -> window.contains(response.answeredDay()))
                .filter(response -> projectKey.isEmpty() || projectKey.equals(response.projectKey()))
                .forEach(response -> byDay.merge(response.answeredDay(), RatingCounts.EMPTY.with(response.rating()),
                        RatingCounts::plus));
        return byDay.entrySet().stream().map(day -> new DailyRatingCounts(day.getKey(), day.getValue())).toList();
    }

    public synchronized int size() {
        return responsesByKey.size();
    }
}
