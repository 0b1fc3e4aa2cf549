package io.successdesk.app.panel;

import io.successdesk.app.PageRequest;
import io.successdesk.app.account.AccountStore;
import io.successdesk.app.change.AccountChangeLog;
import io.successdesk.app.cta.CtaStore;
import io.successdesk.app.health.HealthHistory;
import io.successdesk.app.health.HealthService;
import io.successdesk.app.plan.AccountPlanSummary;
import io.successdesk.app.plan.PlanService;
import io.successdesk.app.ticket.SupportSignalsService;
import io.successdesk.app.voc.CsatService;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.cta.Cta;
import io.successdesk.domain.cta.CtaStatus;
import io.successdesk.domain.cta.Snooze;
import io.successdesk.domain.health.EffectiveHealth;
import io.successdesk.domain.health.HealthScore;
import io.successdesk.domain.health.HealthSnapshot;
import io.successdesk.domain.health.MeasureId;
import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.voc.CsatSummary;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Keeps the issue panel's read model: {@link #refresh} (run by every account refresh with the health it has just
 * evaluated) assembles an account's {@link PanelSummary} and stores it, so the panel's score, band and reasons are
 * the account's current health, the same evaluation {@code accounts/{key}/health} answers. {@link #current} answers
 * the stored one while it is of today (health is scored per UTC day); otherwise (never assembled, removed by a write
 * on the account-changed path, or of an earlier day) it evaluates the health now and assembles it.
 */
@Named
public class PanelSummaryService {

    static final int MAX_REASONS = 3;
    /** Measures scoring below this are reasons worth showing. */
    static final double REASON_BELOW = 75;

    private final AccountStore accounts;
    private final HealthService health;
    private final HealthHistory history;
    private final SupportSignalsService signals;
    private final CsatService csat;
    private final PlanService plans;
    private final CtaStore ctas;
    private final PanelSummaryStore summaries;
    private final AccountChangeLog changes;
    private final Clock clock;

    @Inject
    public PanelSummaryService(AccountStore accounts, HealthService health, HealthHistory history,
                               SupportSignalsService signals, CsatService csat, PlanService plans, CtaStore ctas,
                               PanelSummaryStore summaries, AccountChangeLog changes, Clock clock) {
        this.changes = Objects.requireNonNull(changes, "changes");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.health = Objects.requireNonNull(health, "health");
        this.history = Objects.requireNonNull(history, "history");
        this.signals = Objects.requireNonNull(signals, "signals");
        this.csat = Objects.requireNonNull(csat, "csat");
        this.plans = Objects.requireNonNull(plans, "plans");
        this.ctas = Objects.requireNonNull(ctas, "ctas");
        this.summaries = Objects.requireNonNull(summaries, "summaries");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The account's summary as of now: the stored one while it is current (no write since, see
     * {@link PanelSummaryStore#get}) and of today, else assembled from the account's current health and stored; empty
     * when there is no account.
     */
    public Optional<PanelSummary> current(AccountKey account) {
        Optional<PanelSummary> stored = summaries.get(account);
        if (stored.isPresent() && day(stored.get().computedAt()).equals(day(clock.instant()))) {
            return stored;
        }
        long reflectsMark = changes.newestMark(account);
        Optional<Account> found = accounts.get(account);
        if (found.isEmpty()) {
            summaries.invalidate(account);
            return Optional.empty();
        }
        return Optional.of(refresh(found.get(), health.effectiveHealth(found.get()), reflectsMark));
    }

    /**
     * {@link #current} of each account of a table page (at most {@link PanelSummaryStore#MAX_BATCH}): the stored
     * summaries read in one go, only the missing or out-of-date ones assembled one by one. Accounts that no longer
     * exist are not in the map.
     */
    public Map<AccountKey, PanelSummary> currentAll(List<AccountKey> accounts) {
        Map<AccountKey, PanelSummary> stored = summaries.getAll(accounts);
        LocalDate today = day(clock.instant());
        Map<AccountKey, PanelSummary> current = new LinkedHashMap<>();
        for (AccountKey account : accounts) {
            PanelSummary summary = stored.get(account);
            if (summary != null && day(summary.computedAt()).equals(today)) {
                current.put(account, summary);
            } else {
                current(account).ifPresent(assembled -> current.put(account, assembled));
            }
        }
        return current;
    }

    /**
     * Assembles the summary of {@code found} (just read) around {@code current}, the health just evaluated for it,
     * and stores it as reflecting account-change mark {@code reflectsMark}, which the caller read before it evaluated
     * the health (so everything read is at least that new).
     */
    public PanelSummary refresh(Account found, EffectiveHealth current, long reflectsMark) {
        AccountKey account = found.key();
        Instant now = clock.instant();
        HealthSnapshot shown = HealthSnapshot.of(account, current);
        Optional<HealthSnapshot> monthAgo = shown.effectiveScore().isPresent()
                ? history.onOrBefore(account, current.day().minusDays(30)) : Optional.empty();
        List<HealthSnapshot> recent = history.history(account,
                DateWindow.lastDays(PanelSummary.HISTORY_DAYS, current.day()));
        PanelSummary summary = assemble(found, Optional.of(shown), monthAgo, recent,
                signals.signalsOf(found, day(now)).openCount(),
                csat.accountSummary(account), plans.summary(account),
                ctas.page(account, EnumSet.of(CtaStatus.OPEN, CtaStatus.SNOOZED),
                        new PageRequest(0, PanelSummary.MAX_CTAS)).items(), now);
        summaries.put(summary, reflectsMark);
        return summary;
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * The summary of what was read: health and its 30-day trend from the latest and the month-old snapshot, the
     * lowest-scoring measures as reasons, open objectives and overdue tasks of the active plans, the first
     * {@link PanelService#MAX_CTAS} calls to action.
     */
    static PanelSummary assemble(Account account, Optional<HealthSnapshot> latest, Optional<HealthSnapshot> monthAgo,
                                 List<HealthSnapshot> recent, int openTickets, CsatSummary csat, AccountPlanSummary plans, List<Cta> openCtas,
                                 Instant computedAt) {
        Optional<PanelSummary.Health> health = latest.map(snapshot -> new PanelSummary.Health(snapshot.day(),
                snapshot.effectiveScore(), snapshot.effectiveBand(), snapshot.overridden(), trend(snapshot, monthAgo),
                reasons(snapshot), dailyScores(snapshot, recent)));
        List<PanelSummary.OpenObjective> objectives = plans.plans().stream().flatMap(active -> active.openObjectives()
                .stream().map(o -> new PanelSummary.OpenObjective(active.plan().title(), o.title(), o.status(),
                        o.dueDate()))).toList();
        List<PanelSummary.OverdueTask> overdue = plans.plans().stream().flatMap(active -> active.overdue().tasks()
                .stream().map(t -> new PanelSummary.OverdueTask(active.plan().title(), t.title(), t.dueDate()))).toList();
        List<PanelSummary.CtaLine> ctaLines = openCtas.stream().limit(PanelSummary.MAX_CTAS)
                .map(c -> new PanelSummary.CtaLine(c.id(), c.key().type(), c.key().reason(), c.status(),
                        c.facts(), c.jiraIssueKey(), c.snooze().map(Snooze::until))).toList();
        return new PanelSummary(account.key(), account.name(), account.tier().name(), account.csmUserKey(),
                account.renewalDate(), account.arr(), health, openTickets, csat, objectives, overdue, ctaLines,
                computedAt);
    }

    /** The stored days' effective scores, the latest snapshot standing for its own day (it may not be stored yet). */
    static List<PanelSummary.DayScore> dailyScores(HealthSnapshot latest, List<HealthSnapshot> recent) {
        Map<LocalDate, HealthScore> byDay = new TreeMap<>();
        recent.stream().filter(snapshot -> snapshot.day().isBefore(latest.day()))
                .forEach(snapshot -> snapshot.effectiveScore().ifPresent(score -> byDay.put(snapshot.day(), score)));
        latest.effectiveScore().ifPresent(score -> byDay.put(latest.day(), score));
        return byDay.entrySet().stream().map(entry -> new PanelSummary.DayScore(entry.getKey(), entry.getValue()))
                .toList();
    }

    private static OptionalDouble trend(HealthSnapshot latest, Optional<HealthSnapshot> monthAgo) {
        if (latest.effectiveScore().isEmpty() || monthAgo.flatMap(HealthSnapshot::effectiveScore).isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(latest.effectiveScore().get().value() - monthAgo.get().effectiveScore().get().value());
    }

    private static List<MeasureId> reasons(HealthSnapshot snapshot) {
        return snapshot.measureScores().entrySet().stream()
                .filter(entry -> !entry.getKey().kind().isRevenue() && entry.getValue() < REASON_BELOW)
                .sorted(Map.Entry.<MeasureId, Double>comparingByValue().thenComparing(entry -> entry.getKey().toString()))
                .limit(MAX_REASONS).map(Map.Entry::getKey).toList();
    }
}
