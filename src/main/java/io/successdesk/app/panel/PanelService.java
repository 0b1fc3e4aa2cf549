package io.successdesk.app.panel;

import io.successdesk.app.PageRequest;
import io.successdesk.app.account.AccountStore;
import io.successdesk.app.cta.CtaStore;
import io.successdesk.app.health.HealthHistory;
import io.successdesk.app.issue.BrowsableIssue;
import io.successdesk.app.plan.PlanService;
import io.successdesk.app.sync.TicketEventService;
import io.successdesk.app.ticket.SupportSignalsService;
import io.successdesk.app.ticket.TicketLedger;
import io.successdesk.app.voc.CsatService;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountResolution;
import io.successdesk.domain.cta.CtaStatus;
import io.successdesk.domain.health.HealthSnapshot;
import io.successdesk.domain.health.MeasureId;
import io.successdesk.domain.ticket.TicketFact;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Assembles the issue panel (PRODUCT §9) from stored state only: the ledger row says which account and by which
 * rule, health comes from the latest stored snapshot (never recomputed on a view), the rest from indexed per-account
 * reads. The rules run (read-only) only for an issue without a ledger row, to say why it has no account.
 */
@Named
public class PanelService {

    /** Most calls to action the panel lists. */
    public static final int MAX_CTAS = 5;
    static final int MAX_REASONS = 3;
    /** Measures scoring below this are reasons worth showing. */
    static final double REASON_BELOW = 75;

    private final TicketLedger ledger;
    private final AccountStore accounts;
    private final HealthHistory history;
    private final SupportSignalsService signals;
    private final CsatService csat;
    private final PlanService plans;
    private final CtaStore ctas;
    private final TicketEventService tickets;
    private final Clock clock;

    @Inject
    public PanelService(TicketLedger ledger, AccountStore accounts, HealthHistory history, SupportSignalsService signals,
                        CsatService csat, PlanService plans, CtaStore ctas, TicketEventService tickets, Clock clock) {
        this.ledger = ledger;
        this.accounts = accounts;
        this.history = history;
        this.signals = signals;
        this.csat = csat;
        this.plans = plans;
        this.ctas = ctas;
        this.tickets = tickets;
        this.clock = clock;
    }

    /** The panel of an issue the caller may browse. */
    public IssuePanel panel(BrowsableIssue issue) {
        Optional<TicketFact> fact = ledger.get(issue.issueId());
        Optional<Account> account = fact.flatMap(f -> accounts.get(f.account()));
        if (fact.isEmpty() || account.isEmpty()) {
            AccountResolution why = tickets.resolution(issue.issueId())
                    .filter(resolution -> !(resolution instanceof AccountResolution.Matched))
                    .orElse(new AccountResolution.Unmatched(AccountResolution.UnmatchedReason.NO_RULE_MATCHED));
            return new IssuePanel(issue.issueKey(), Optional.empty(), Optional.of(why));
        }
        return new IssuePanel(issue.issueKey(), Optional.of(matched(account.get(), fact.get())), Optional.empty());
    }

    private IssuePanel.MatchedAccount matched(Account account, TicketFact fact) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Optional<HealthSnapshot> latest = history.onOrBefore(account.key(), today);
        OptionalDouble trend = OptionalDouble.empty();
        if (latest.flatMap(HealthSnapshot::effectiveScore).isPresent()) {
            Optional<HealthSnapshot> monthAgo = history.onOrBefore(account.key(), today.minusDays(30));
            if (monthAgo.flatMap(HealthSnapshot::effectiveScore).isPresent()) {
                trend = OptionalDouble.of(latest.get().effectiveScore().get().value()
                        - monthAgo.get().effectiveScore().get().value());
            }
        }
        return new IssuePanel.MatchedAccount(account, fact.matchedBy(), latest, trend, latest.map(PanelService::reasons)
                .orElse(List.of()), signals.signalsOf(account.key()).openCount(), csat.accountSummary(account.key()),
                plans.summary(account.key()), ctas.page(account.key(), EnumSet.of(CtaStatus.OPEN, CtaStatus.SNOOZED),
                new PageRequest(0, MAX_CTAS)).items());
    }

    private static List<MeasureId> reasons(HealthSnapshot snapshot) {
        return snapshot.measureScores().entrySet().stream().filter(entry -> entry.getValue() < REASON_BELOW)
                .sorted(Map.Entry.<MeasureId, Double>comparingByValue().thenComparing(entry -> entry.getKey().toString()))
                .limit(MAX_REASONS).map(Map.Entry::getKey).toList();
    }
}
