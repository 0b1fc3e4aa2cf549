package io.successdesk.app.voc;

import io.successdesk.app.validation.EnumNames;
import io.successdesk.app.validation.FieldErrors;
import io.successdesk.app.InvalidInputException;
import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.AuditLog;
import io.successdesk.app.change.AccountChanges;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.Tier;
import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.voc.CsatRating;
import io.successdesk.domain.voc.CsatResponse;
import io.successdesk.domain.voc.CsatSource;
import io.successdesk.domain.voc.CsatSummary;
import io.successdesk.domain.voc.CsatTrend;
import io.successdesk.domain.voc.DailyRatingCounts;
import io.successdesk.domain.voc.RatingCounts;
import io.successdesk.domain.voc.TrendGranularity;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** CSAT use cases: ingest a response, an account's 90-day CSAT, and the weekly or monthly trend. */
@Named
public class CsatService {

    /** The window of an account's CSAT on the panel and account page, in days (ending today, UTC). */
    public static final int ACCOUNT_WINDOW_DAYS = 90;
    /** The longest trend range accepted, in days (about five years). */
    public static final int MAX_TREND_DAYS = 5 * 366;

    private final CsatStore store;
    private final IngestAudit audit;
    private final Clock clock;
    private final AccountChanges changes;

    @Inject
    public CsatService(CsatStore store, AuditLog auditLog, Clock clock, AccountChanges changes) {
        this.changes = Objects.requireNonNull(changes, "changes");
        this.store = Objects.requireNonNull(store, "store");
        this.audit = new IngestAudit("csat", auditLog, clock);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Validates every row, then stores each as {@link #ingest} does, or none when any row is invalid. Fields are
     * named {@code rows[i].rating} etc.
     *
     * @return per row, what storing it did
     * @throws InvalidInputException naming every invalid field
     */
    public java.util.List<IngestOutcome> ingestAll(java.util.List<CsatSubmission> submissions, String actor) {
        return Submissions.ingestAll(submissions, this::validate, submission -> ingest(submission, actor));
    }

    /**
     * Validates and stores a response. A known source + external id sent with a different rating (or any other
     * difference) is a correction: stored, audited with before and after, rollups adjusted; sent identical it is
     * unchanged (docs/metrics.md, "Corrections").
     *
     * @param actor who sends it (Jira user key or {@link AuditEntry#SYSTEM_ACTOR})
     * @throws InvalidInputException naming every invalid field
     */
    public IngestOutcome ingest(CsatSubmission submission, String actor) {
        CsatResponse response = validate(submission);
        return changes.write(response.account(), () -> audit.record(store.upsert(response), response,
                CsatService::details, actor, EnumNames.of(response.source()) + ":" + response.externalId()));
    }

    private static String details(CsatResponse response) {
        return "account=" + response.account() + "; rating=" + response.rating().value() + "; answeredAt="
                + response.answeredAt();
    }

    /** The account's CSAT over the last 90 days including today (UTC), with the default minimum n. */
    public CsatSummary accountSummary(AccountKey account) {
        return accountSummary(account, DateWindow.lastDays(ACCOUNT_WINDOW_DAYS, today()));
    }

    /** The account's CSAT over the answers of the days in {@code window} (UTC), with the default minimum n. */
    public CsatSummary accountSummary(AccountKey account, DateWindow window) {
        RatingCounts counts = store.dailyRollups(window, CsatFilter.account(account)).stream()
                .filter(rollup -> window.contains(rollup.day()))
                .map(CsatDailyRollup::counts)
                .reduce(RatingCounts.EMPTY, RatingCounts::plus);
        return CsatSummary.of(counts);
    }

    /**
     * CSAT per ISO week or calendar month for the days {@code from}–{@code to} inclusive, every period present.
     *
     * @throws InvalidInputException when the range is reversed or longer than {@link #MAX_TREND_DAYS}
     */
    public CsatTrend trend(TrendGranularity granularity, LocalDate from, LocalDate to, CsatFilter filter) {
        DateWindow range = range(from, to);
        return CsatTrend.of(granularity, range, days(range, filter), CsatSummary.DEFAULT_MINIMUM_N);
    }

    private static DateWindow range(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from (" + from + ")");
        }
        DateWindow range = new DateWindow(from, to.plusDays(1));
        if (range.days() > MAX_TREND_DAYS) {
            throw new InvalidInputException("from", "the range may span at most " + MAX_TREND_DAYS + " days");
        }
        return range;
    }

    /**
     * {@link #trend} of the accounts now in {@code tier} (and of one project, if given), from the per-tier totals
     * kept on write: the same figures as the trend filtered to the tier's accounts, at the cost of one row per day.
     */
    public CsatTrend tierTrend(TrendGranularity granularity, LocalDate from, LocalDate to, Tier tier,
                               Optional<String> projectKey) {
        DateWindow range = range(from, to);
        return CsatTrend.of(granularity, range, store.tierTotals(range, tier, projectKey), CsatSummary.DEFAULT_MINIMUM_N);
    }

    /** {@link #tierTrend} of the accounts the CSM ({@code csmUserKey}) now owns, from the per-CSM totals. */
    public CsatTrend csmTrend(TrendGranularity granularity, LocalDate from, LocalDate to, String csmUserKey,
                              Optional<String> projectKey) {
        DateWindow range = range(from, to);
        return CsatTrend.of(granularity, range, store.csmTotals(range, csmUserKey, projectKey), CsatSummary.DEFAULT_MINIMUM_N);
    }

    /** The stored response of {@code source} and {@code externalId}, if any. */
    public Optional<CsatResponse> stored(CsatSource source, String externalId) {
        return store.find(source, externalId);
    }

    /** An account's responses, newest first. */
    public Page<CsatResponse> responses(AccountKey account, PageRequest page) {
        return store.responsesOf(account, page);
    }

    private List<DailyRatingCounts> days(DateWindow window, CsatFilter filter) {
        if (filter.account().isEmpty() && filter.accountsIn().isEmpty()) {
            return store.dailyTotals(window, filter.projectKey());
        }
        return store.dailyRollups(window, filter).stream()
                .map(rollup -> new DailyRatingCounts(rollup.day(), rollup.counts()))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private CsatResponse validate(CsatSubmission submission) {
        FieldErrors errors = new FieldErrors();
        String externalId = Submissions.externalId(errors, submission.externalId());
        CsatSource source = Submissions.source(errors, submission.source(), CsatSource.class);
        AccountKey account = Submissions.account(errors, submission.accountKey());
        CsatRating rating = errors.parse("rating", submission.rating(), CsatRating::of);
        Instant answeredAt = Submissions.answeredAt(errors, submission.answeredAt(), clock);
        String comment = Submissions.text(errors, "comment", submission.comment());
        if (submission.issueId() != null && submission.issueId() <= 0) {
            errors.add("issueId", "must be a positive Jira issue id");
        }
        Instant created = submission.issueCreatedAt();
        if (created != null && answeredAt != null && created.isAfter(answeredAt)) {
            errors.add("issueCreatedAt", "must not be after answeredAt");
        }
        errors.throwIfAny();
        return new CsatResponse(externalId, source, account, Optional.ofNullable(submission.issueId()),
                Optional.ofNullable(submission.projectKey()), rating, Optional.ofNullable(comment), answeredAt,
                Optional.ofNullable(created));
    }
}
