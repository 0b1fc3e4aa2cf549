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

import java.util.List;
import java.util.Optional;

/** Port: stored CSAT responses and their daily per-rating rollups. */
public interface CsatStore {

    /**
     * Stores a response by its source and external id, in one transaction with the daily rollups: a new one grows the
     * rollup of its answer day, account and project by one; one that differs from the stored response replaces it (a
     * correction: the old rating leaves its rollup, the new one enters its own); an identical repeat changes nothing.
     * Instants are compared at millisecond precision, as stored.
     */
    Upserted<CsatResponse> upsert(CsatResponse response);

    /** The stored response of {@code source} and {@code externalId}, if any. */
    Optional<CsatResponse> find(CsatSource source, String externalId);

    /** {@link #upsert}, answering whether the response was new. */
    default boolean add(CsatResponse response) {
        return upsert(response).outcome() == IngestOutcome.CREATED;
    }

    /**
     * Per-rating counts per day (UTC answer day), account and project for the days in {@code window} that match the
     * filter. Days without answers may be absent; one row per (day, account, project).
     */
    List<CsatDailyRollup> dailyRollups(DateWindow window, CsatFilter filter);

    /**
     * Per-rating counts per day over every account, of one project or of all, for the days in {@code window} that had
     * answers, oldest first: read from totals kept on write, one row per day and project, never from the accounts'
     * rows. Always equal to the sums of {@link #dailyRollups} by day.
     */
    List<DailyRatingCounts> dailyTotals(DateWindow window, Optional<String> projectKey);

    /**
     * Per-rating counts per day over the accounts now in {@code tier}, of one project or of all, for the days in
     * {@code window} that had answers, oldest first: read from totals kept on write and moved with an account when its
     * tier changes, one row per day and project. Always equal to the sums by day of {@link #dailyRollups} over the
     * tier's current accounts.
     */
    List<DailyRatingCounts> tierTotals(DateWindow window, Tier tier, Optional<String> projectKey);

    /** {@link #tierTotals} of the accounts the CSM ({@code csmUserKey}) now owns. */
    List<DailyRatingCounts> csmTotals(DateWindow window, String csmUserKey, Optional<String> projectKey);

    /** An account's responses, newest answer first. */
    Page<CsatResponse> responsesOf(AccountKey account, PageRequest page);

    /**
     * At most {@code limit} of the account's responses strictly after {@code after} in timeline order
     * ({@link CsatResponse#timelinePosition()}), answer times to the millisecond.
     */
    List<CsatResponse> newestFirst(AccountKey account, Optional<TimelinePosition> after, int limit);
}
