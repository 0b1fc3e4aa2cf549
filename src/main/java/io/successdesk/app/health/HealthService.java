package io.successdesk.app.health;

import io.successdesk.app.InvalidInputException;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.AuditLog;
import io.successdesk.app.change.AccountChanges;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.EffectiveHealth;
import io.successdesk.domain.health.HealthDelta;
import io.successdesk.domain.health.HealthResult;
import io.successdesk.domain.health.HealthScore;
import io.successdesk.domain.health.HealthScorecard;
import io.successdesk.domain.health.HealthScorer;
import io.successdesk.domain.health.HealthSnapshot;
import io.successdesk.domain.health.ManualOverride;
import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.value.Money;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Use cases of account health: compute it with breakdown and deltas, override it by hand, snapshot it daily.
 * Days are UTC days of the injected clock.
 */
@Named
public class HealthService {

    static final String SUBJECT_TYPE = "account";
    static final String ACTION_SET_OVERRIDE = "health.override.set";
    static final String ACTION_CLEAR_OVERRIDE = "health.override.clear";

    private final ScorecardStore scorecards;
    private final HealthInputsProvider inputs;
    private final HealthHistory history;
    private final OverrideStore overrides;
    private final AuditLog auditLog;
    private final Clock clock;
    private final AccountChanges changes;

    @Inject
    public HealthService(ScorecardStore scorecards, HealthInputsProvider inputs, HealthHistory history,
                         OverrideStore overrides, AuditLog auditLog, Clock clock, AccountChanges changes) {
        this.scorecards = Objects.requireNonNull(scorecards, "scorecards");
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        this.history = Objects.requireNonNull(history, "history");
        this.overrides = Objects.requireNonNull(overrides, "overrides");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.changes = Objects.requireNonNull(changes, "changes");
    }

    /** The account's effective health now, with its breakdown. */
    public EffectiveHealth effectiveHealth(AccountKey account) {
        Instant now = clock.instant();
        return effectiveHealth(account, now, today(now));
    }

    /** {@link #effectiveHealth(AccountKey)} of an account the caller has just read (an account refresh). */
    public EffectiveHealth effectiveHealth(Account account) {
        Instant now = clock.instant();
        return effectiveHealth(account, now, today(now));
    }

    /**
     * The account's health now with what changed since the latest snapshots on or before 7 and 30 days ago
     * (each delta says which day it compares with).
     */
    public HealthView health(AccountKey account) {
        EffectiveHealth current = effectiveHealth(account);
        LocalDate today = current.day();
        return new HealthView(account, current, deltaSince(account, current.computed(), today.minusDays(7)),
                deltaSince(account, current.computed(), today.minusDays(30)));
    }

    private Optional<HealthDelta> deltaSince(AccountKey account, HealthResult current, LocalDate day) {
        return history.onOrBefore(account, day).map(earlier -> HealthDelta.between(current, earlier));
    }

    /** Most days one history request may span. */
    public static final int MAX_HISTORY_DAYS = 5 * 366;

    /**
     * The account's daily snapshots in {@code window}, oldest first; each carries its scorecard version, so a
     * re-weighting shows as a marker.
     *
     * @throws InvalidInputException naming {@code from} when the window is longer than {@value #MAX_HISTORY_DAYS} days
     */
    public List<HealthSnapshot> history(AccountKey account, DateWindow window) {
        if (window.start().plusDays(MAX_HISTORY_DAYS).isBefore(window.endExclusive())) {
            throw new InvalidInputException("from", "the window may span at most " + MAX_HISTORY_DAYS + " days");
        }
        return history.history(account, window);
    }

    /**
     * Sets the account's manual override in place of the one the caller saw, created at {@code replacing} (empty:
     * the caller saw none), and audits it.
     *
     * @throws InvalidInputException naming {@code score}, {@code band}, {@code reason} or {@code expiresOn}
     * @throws io.successdesk.app.ConflictException naming {@code replaces} when the override has changed since
     */
    public ManualOverride setOverride(AccountKey account, OverrideRequest request, Optional<Instant> replacing,
                                      String actor) {
        Objects.requireNonNull(replacing, "replacing");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(actor, "actor");
        Instant now = clock.instant();
        Map<String, String> errors = new LinkedHashMap<>();
        if (request.score().isPresent() == request.band().isPresent()) {
            errors.put("score", "give either a score or a band");
        }
        request.score().filter(score -> !(score >= 0 && score <= 100))
                .ifPresent(score -> errors.put("score", "must be between 0 and 100"));
        if (request.reason().isBlank()) {
            errors.put("reason", "is required");
        }
        if (!request.expiresOn().isAfter(today(now))) {
            errors.put("expiresOn", "must be after today (" + today(now) + ")");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // kept to the millisecond, as stored, so the `created` a caller reads back names this override exactly
        ManualOverride override = new ManualOverride(request.score().map(HealthScore::of), request.band(),
                request.reason().strip(), actor, now.truncatedTo(ChronoUnit.MILLIS), request.expiresOn());
        return changes.write(account, () -> {
            Optional<ManualOverride> before = overrides.find(account);
            overrides.put(account, override, replacing);
            auditLog.record(new AuditEntry(now, actor, ACTION_SET_OVERRIDE, SUBJECT_TYPE, account.value(),
                    before.map(ManualOverride::toString), Optional.of(override.toString())));
            return override;
        });
    }

    /** Removes the account's override (audited when there was one); false when there was none. */
    public boolean clearOverride(AccountKey account, String actor) {
        Objects.requireNonNull(actor, "actor");
        return changes.write(account, () -> {
            Optional<ManualOverride> before = overrides.find(account);
            if (before.isEmpty() || !overrides.remove(account)) {
                return false;
            }
            auditLog.record(new AuditEntry(clock.instant(), actor, ACTION_CLEAR_OVERRIDE, SUBJECT_TYPE,
                    account.value(), before.map(ManualOverride::toString), Optional.empty()));
            return true;
        });
    }

    /**
     * Computes the account's health from its current inputs and records it as the snapshot of {@code day}
     * (replacing an earlier snapshot of that day). The daily job calls it for today or the day just ended.
     *
     * @throws InvalidInputException naming {@code day} when it is in the future
     */
    public HealthSnapshot snapshot(AccountKey account, LocalDate day) {
        return HealthSnapshot.of(account, recordSnapshot(account, day));
    }

    /** Those of {@code accounts} whose snapshot of {@code day} is recorded. */
    public java.util.Set<AccountKey> snapshottedOn(java.util.Collection<AccountKey> accounts, LocalDate day) {
        return history.snapshotted(accounts, day);
    }

    /** {@link #snapshot}, answering the evaluation it recorded. */
    public EffectiveHealth recordSnapshot(AccountKey account, LocalDate day) {
        return recordSnapshot(account, day, Optional.empty());
    }

    /**
     * {@link #recordSnapshot(AccountKey, LocalDate)} keeping the account's ARR with the snapshot, so the day's ARR at
     * risk (docs/product.md §9) counts it while the account is red; the daily job passes the account's current ARR.
     */
    public EffectiveHealth recordSnapshot(AccountKey account, LocalDate day, Optional<Money> arr) {
        Instant now = clock.instant();
        checkNotFuture(day, now);
        EffectiveHealth health = effectiveHealth(account, now, day);
        history.save(HealthSnapshot.of(account, health), arr);
        return health;
    }

    /** {@link #recordSnapshot(AccountKey, LocalDate, Optional)} of an account just read, with its current ARR. */
    public EffectiveHealth recordSnapshot(Account account, LocalDate day) {
        Instant now = clock.instant();
        checkNotFuture(day, now);
        EffectiveHealth health = effectiveHealth(account, now, day);
        history.save(HealthSnapshot.of(account.key(), health), account.arr());
        return health;
    }

    private static void checkNotFuture(LocalDate day, Instant now) {
        if (day.isAfter(today(now))) {
            throw new InvalidInputException("day", "cannot snapshot a future day (" + day + ")");
        }
    }

    private EffectiveHealth effectiveHealth(AccountKey account, Instant asOf, LocalDate day) {
        HealthResult computed = HealthScorer.score(scorecards.current(), inputs.observations(account, asOf), asOf);
        return new EffectiveHealth(computed, overrides.find(account), day);
    }

    private EffectiveHealth effectiveHealth(Account account, Instant asOf, LocalDate day) {
        HealthScorecard scorecard = scorecards.current();
        HealthResult computed = HealthScorer.score(scorecard, inputs.observations(account, scorecard, asOf), asOf);
        return new EffectiveHealth(computed, overrides.find(account.key()), day);
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
