package io.successdesk.app.health;

import io.successdesk.app.account.AccountStore;
import io.successdesk.app.revenue.RevenueStore;
import io.successdesk.app.ticket.SupportSignalsService;
import io.successdesk.app.timeline.TouchpointStore;
import io.successdesk.app.voc.CsatService;
import io.successdesk.app.voc.NpsService;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.HealthScorecard;
import io.successdesk.domain.health.Measure;
import io.successdesk.domain.health.MeasureId;
import io.successdesk.domain.health.MeasureKind;
import io.successdesk.domain.health.MeasureObservation;
import io.successdesk.domain.revenue.ArrSnapshot;
import io.successdesk.domain.ticket.SupportSignals;
import io.successdesk.domain.timeline.Touchpoint;
import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.value.Money;
import io.successdesk.domain.voc.CsatSummary;
import io.successdesk.domain.voc.NpsSummary;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The live {@link HealthInputsProvider}: assembles an account's measure values from the ticket ledger (support
 * signals), CSAT, NPS, touchpoints, the account's renewal date and ARR, and the manual and pushed inputs. Values are
 * in the units of {@link MeasureKind}; a measure without data gets no observation (so it reads NO_DATA, never 0).
 * Days are UTC days of {@code asOf}; support signals describe the end of that day. CSAT and NPS use the window of
 * their scorecard measure (90 and 180 days by default).
 */
@Named
public class LiveHealthInputs implements HealthInputsProvider {

    static final int DEFAULT_CSAT_WINDOW_DAYS = CsatService.ACCOUNT_WINDOW_DAYS;
    static final int DEFAULT_NPS_WINDOW_DAYS = NpsSummary.DEFAULT_WINDOW_DAYS;
    static final int ARR_CHANGE_DAYS = 90;

    private static final double NANOS_PER_HOUR = Duration.ofHours(1).toNanos();
    private static final double NANOS_PER_DAY = Duration.ofDays(1).toNanos();

    private final SupportSignalsService supportSignals;
    private final CsatService csat;
    private final NpsService nps;
    private final TouchpointStore touchpoints;
    private final AccountStore accounts;
    private final RevenueStore revenue;
    private final ManualInputStore manualInputs;
    private final ScorecardStore scorecards;

    @Inject
    public LiveHealthInputs(SupportSignalsService supportSignals, CsatService csat, NpsService nps,
                            TouchpointStore touchpoints, AccountStore accounts, RevenueStore revenue,
                            ManualInputStore manualInputs, ScorecardStore scorecards) {
        this.supportSignals = Objects.requireNonNull(supportSignals, "supportSignals");
        this.csat = Objects.requireNonNull(csat, "csat");
        this.nps = Objects.requireNonNull(nps, "nps");
        this.touchpoints = Objects.requireNonNull(touchpoints, "touchpoints");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.revenue = Objects.requireNonNull(revenue, "revenue");
        this.manualInputs = Objects.requireNonNull(manualInputs, "manualInputs");
        this.scorecards = Objects.requireNonNull(scorecards, "scorecards");
    }

    /** The account's observations as of {@code asOf}; none at all for an unknown account. */
    @Override
    public List<MeasureObservation> observations(AccountKey account, Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return accounts.get(account).map(found -> observations(found, scorecards.current(), asOf))
                .orElse(List.of());
    }

    @Override
    public List<MeasureObservation> observations(Account found, HealthScorecard scorecard, Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        AccountKey account = found.key();
        LocalDate day = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        List<MeasureObservation> out = new ArrayList<>();
        support(supportSignals.signalsOf(found, day), asOf, out);

        CsatSummary csatSummary = csat.accountSummary(account,
                DateWindow.lastDays(windowDays(scorecard, MeasureKind.CSAT_SATISFIED, DEFAULT_CSAT_WINDOW_DAYS), day));
        csatSummary.satisfiedShare().ifPresent(share ->
                out.add(computed(MeasureKind.CSAT_SATISFIED, share.value(), csatSummary.n(), asOf)));

        NpsSummary npsSummary = nps.accountNps(account,
                DateWindow.lastDays(windowDays(scorecard, MeasureKind.NPS, DEFAULT_NPS_WINDOW_DAYS), day));
        npsSummary.score().ifPresent(score -> out.add(computed(MeasureKind.NPS, score.value(), npsSummary.n(), asOf)));

        lastTouchpoint(account, asOf).ifPresent(touchpoint -> out.add(computed(MeasureKind.DAYS_SINCE_TOUCHPOINT,
                ChronoUnit.DAYS.between(LocalDate.ofInstant(touchpoint.occurredAt(), ZoneOffset.UTC), day), 1, asOf)));
        found.renewalDate().ifPresent(renewal ->
                out.add(computed(MeasureKind.DAYS_TO_RENEWAL, ChronoUnit.DAYS.between(day, renewal), 1, asOf)));
        arrChangePercent(found, day).ifPresent(change ->
                out.add(computed(MeasureKind.ARR_CHANGE_90D, change, 2, asOf)));

        out.addAll(manualInputs.latestInputs(account, asOf));
        return List.copyOf(out);
    }

    private static void support(SupportSignals signals, Instant asOf, List<MeasureObservation> out) {
        int open = signals.openCount();
        out.add(computed(MeasureKind.OPEN_TICKETS, open, open, asOf));
        out.add(computed(MeasureKind.OPEN_HIGH_PRIORITY, signals.openHighPriorityCount(), open, asOf));
        out.add(computed(MeasureKind.OPEN_DEFECTS, signals.openByKind().defects(), open, asOf));
        out.add(computed(MeasureKind.OPEN_QUESTIONS, signals.openByKind().questions(), open, asOf));
        var trend = signals.volumeTrend();
        trend.ratio().ifPresent(ratio -> out.add(computed(MeasureKind.TICKET_VOLUME_TREND, ratio,
                trend.recentCount() + trend.baselineCount(), asOf)));
        signals.medianTimeToResolution().ifPresent(median -> out.add(computed(MeasureKind.MEDIAN_TIME_TO_RESOLUTION,
                median.toNanos() / NANOS_PER_HOUR, signals.resolvedCount(), asOf)));
        signals.medianTimeToFirstResponse().ifPresent(median -> out.add(computed(MeasureKind.MEDIAN_FIRST_RESPONSE,
                median.toNanos() / NANOS_PER_HOUR, signals.firstRespondedCount(), asOf)));
        signals.reopenRate().ifPresent(rate -> out.add(computed(MeasureKind.REOPEN_RATE, rate.value(),
                signals.resolvedCount(), asOf)));
        signals.oldestOpenAge().ifPresent(age -> out.add(computed(MeasureKind.OLDEST_OPEN_AGE,
                age.toNanos() / NANOS_PER_DAY, open, asOf)));
    }

    private Optional<Touchpoint> lastTouchpoint(AccountKey account, Instant asOf) {
        return touchpoints.newestFirst(account, Optional.empty(), 1).stream()
                .filter(touchpoint -> !touchpoint.occurredAt().isAfter(asOf))
                .findFirst();
    }

    /**
     * ARR now (the account's) against the month-end snapshot on or before 90 days ago, in percent; empty without
     * either, when that snapshot is 0 (no base to grow from) or in another currency.
     */
    private Optional<Double> arrChangePercent(Account account, LocalDate day) {
        if (account.arr().isEmpty()) {
            return Optional.empty();
        }
        Money now = account.arr().get();
        LocalDate then = day.minusDays(ARR_CHANGE_DAYS);
        YearMonth lastEndedMonth = YearMonth.from(then.plusDays(1)).minusMonths(1);
        return revenue.snapshotOf(account.key(), now.currency(), lastEndedMonth)
                .map(ArrSnapshot::arr)
                .filter(Money::isPositive)
                .map(base -> (now.minorUnits() - base.minorUnits()) * 100.0 / base.minorUnits());
    }

    private static int windowDays(HealthScorecard scorecard, MeasureKind kind, int fallback) {
        return scorecard.measure(MeasureId.of(kind)).map(Measure::windowDays).filter(days -> days > 0).orElse(fallback);
    }

    private static MeasureObservation computed(MeasureKind kind, double value, long sampleSize, Instant asOf) {
        return MeasureObservation.computed(MeasureId.of(kind), value, Math.toIntExact(sampleSize), asOf);
    }
}
