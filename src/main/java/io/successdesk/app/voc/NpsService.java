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
import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.voc.NpsResponse;
import io.successdesk.domain.voc.NpsScore;
import io.successdesk.domain.voc.NpsSource;
import io.successdesk.domain.voc.NpsSummary;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/** NPS use cases: ingest a response, and true NPS of an account or of all accounts over a window of days. */
@Named
public class NpsService {

    /** The longest window accepted, in days (about ten years). */
    public static final int MAX_WINDOW_DAYS = 3660;

    private final NpsStore store;
    private final IngestAudit audit;
    private final Clock clock;
    private final AccountChanges changes;

    @Inject
    public NpsService(NpsStore store, AuditLog auditLog, Clock clock, AccountChanges changes) {
        this.changes = Objects.requireNonNull(changes, "changes");
        this.store = Objects.requireNonNull(store, "store");
        this.audit = new IngestAudit("nps", auditLog, clock);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Validates every row, then stores each as {@link #ingest} does, or none when any row is invalid. Fields are
     * named {@code rows[i].score} etc.
     *
     * @return per row, what storing it did
     * @throws InvalidInputException naming every invalid field
     */
    public java.util.List<IngestOutcome> ingestAll(java.util.List<NpsSubmission> submissions, String actor) {
        return Submissions.ingestAll(submissions, this::validate, submission -> ingest(submission, actor));
    }

    /**
     * Validates and stores a response. A known source + external id sent with a different score (or any other
     * difference) is a correction: stored and audited with before and after; sent identical it is unchanged
     * (docs/metrics.md, "Corrections").
     *
     * @param actor who sends it (Jira user key or {@link AuditEntry#SYSTEM_ACTOR})
     * @throws InvalidInputException naming every invalid field
     */
    public IngestOutcome ingest(NpsSubmission submission, String actor) {
        NpsResponse response = validate(submission);
        return changes.write(response.account(), () -> audit.record(store.upsert(response), response,
                NpsService::details, actor, EnumNames.of(response.source()) + ":" + response.externalId()));
    }

    private static String details(NpsResponse response) {
        return "account=" + response.account() + "; score=" + response.score().value() + "; answeredAt="
                + response.answeredAt();
    }

    /** The account's NPS over the default 180 days ending today (UTC). */
    public NpsSummary accountNps(AccountKey account) {
        return accountNps(account, NpsSummary.DEFAULT_WINDOW_DAYS);
    }

    /**
     * The account's NPS over the last {@code windowDays} days including today (UTC).
     *
     * @throws InvalidInputException when the window is not 1–{@link #MAX_WINDOW_DAYS} days
     */
    public NpsSummary accountNps(AccountKey account, int windowDays) {
        return summarise(Optional.of(account), window(windowDays));
    }

    /** The account's NPS over the answers of the days in {@code window} (UTC). */
    public NpsSummary accountNps(AccountKey account, DateWindow window) {
        return summarise(Optional.of(account), window);
    }

    /** NPS over all accounts' responses in the last {@code windowDays} days including today (UTC). */
    public NpsSummary overallNps(int windowDays) {
        return summarise(Optional.empty(), window(windowDays));
    }

    /** Responses of one account (or all, when empty) in the last {@code windowDays} days, newest first. */
    public Page<NpsResponse> responses(Optional<AccountKey> account, int windowDays, PageRequest page) {
        return store.responses(account, window(windowDays), page);
    }

    private NpsSummary summarise(Optional<AccountKey> account, DateWindow window) {
        return store.summary(account, window);
    }

    private DateWindow window(int windowDays) {
        if (windowDays < 1 || windowDays > MAX_WINDOW_DAYS) {
            throw new InvalidInputException("windowDays", "must be between 1 and " + MAX_WINDOW_DAYS);
        }
        return DateWindow.lastDays(windowDays, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    private NpsResponse validate(NpsSubmission submission) {
        FieldErrors errors = new FieldErrors();
        String externalId = Submissions.externalId(errors, submission.externalId());
        NpsSource source = Submissions.source(errors, submission.source(), NpsSource.class);
        AccountKey account = Submissions.account(errors, submission.accountKey());
        NpsScore score = errors.parse("score", submission.score(), NpsScore::of);
        Instant answeredAt = Submissions.answeredAt(errors, submission.answeredAt(), clock);
        String comment = Submissions.text(errors, "comment", submission.comment());
        String contact = Submissions.text(errors, "contact", submission.contact());
        errors.throwIfAny();
        return new NpsResponse(externalId, source, account, score, Optional.ofNullable(comment),
                Optional.ofNullable(contact), answeredAt);
    }
}
