package io.successdesk.app.cta;

import io.successdesk.app.PageRequest;
import io.successdesk.app.account.AccountStore;
import io.successdesk.app.health.HealthHistory;
import io.successdesk.app.plan.PlanService;
import io.successdesk.app.ticket.TicketLedger;
import io.successdesk.app.timeline.TouchpointStore;
import io.successdesk.app.voc.CsatStore;
import io.successdesk.app.voc.NpsStore;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.cta.CsatAnswer;
import io.successdesk.domain.cta.CtaContext;
import io.successdesk.domain.cta.CtaRuleSet;
import io.successdesk.domain.cta.NpsAnswer;
import io.successdesk.domain.cta.ScorePoint;
import io.successdesk.domain.health.EffectiveHealth;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthScore;
import io.successdesk.domain.health.HealthSnapshot;
import io.successdesk.domain.ticket.TicketFact;
import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.voc.CsatResponse;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Builds the {@link CtaContext} of an account for today (the clock's UTC day):
 * <ul>
 *   <li>previous band: the effective band of the latest daily snapshot before today;</li>
 *   <li>score history: the effective scores of the snapshots of the last {@code scoreDropDays} days and today;</li>
 *   <li>CSAT answers of the last {@code csatLookbackDays} days that rate a ledger issue (answers without an issue
 *       cannot name one and are left out); NPS answers of the last {@code promoterLookbackDays} days; at most
 *       {@link #MAX_ANSWERS} of each, newest first;</li>
 *   <li>renewal date, whole days since the last touchpoint, and whether an active onboarding plan is overdue.</li>
 * </ul>
 * Usage growth is left empty: no port holds usage history yet.
 */
@Named
public class CtaContextAssembler {

    static final int MAX_ANSWERS = PageRequest.MAX_LIMIT;

    private final AccountStore accounts;
    private final HealthHistory history;
    private final TouchpointStore touchpoints;
    private final CsatStore csat;
    private final NpsStore nps;
    private final TicketLedger ledger;
    private final PlanService plans;
    private final CtaRulesStore rules;
    private final Clock clock;

    @Inject
    public CtaContextAssembler(AccountStore accounts, HealthHistory history, TouchpointStore touchpoints,
                               CsatStore csat, NpsStore nps, TicketLedger ledger, PlanService plans,
                               CtaRulesStore rules, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.history = Objects.requireNonNull(history, "history");
        this.touchpoints = Objects.requireNonNull(touchpoints, "touchpoints");
        this.csat = Objects.requireNonNull(csat, "csat");
        this.nps = Objects.requireNonNull(nps, "nps");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.plans = Objects.requireNonNull(plans, "plans");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The context with the account's current effective health (after any override in force). */
    public CtaContext assemble(AccountKey account, EffectiveHealth current) {
        return assemble(account, current.score(), current.band());
    }

    /** The context with the given current effective score and band (empty when there is no score). */
    public CtaContext assemble(AccountKey account, Optional<HealthScore> currentScore, Optional<HealthBand> currentBand) {
        Objects.requireNonNull(account, "account");
        return assemble(account, accounts.get(account).flatMap(Account::renewalDate), currentScore, currentBand);
    }

    /** {@link #assemble(AccountKey, Optional, Optional)} for an account the caller has just read. */
    public CtaContext assemble(Account account, Optional<HealthScore> currentScore, Optional<HealthBand> currentBand) {
        return assemble(account.key(), account.renewalDate(), currentScore, currentBand);
    }

    private CtaContext assemble(AccountKey account, Optional<LocalDate> renewal, Optional<HealthScore> currentScore,
                                Optional<HealthBand> currentBand) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        CtaRuleSet ruleSet = rules.current();
        Optional<HealthBand> previousBand = history.onOrBefore(account, today.minusDays(1))
                .flatMap(HealthSnapshot::effectiveBand);
        List<ScorePoint> scores = history.history(account,
                        new DateWindow(today.minusDays(ruleSet.scoreDropDays()), today.plusDays(1))).stream()
                .flatMap(snapshot -> snapshot.effectiveScore().map(score -> new ScorePoint(snapshot.day(), score)).stream())
                .toList();
        OptionalInt daysSinceTouchpoint = touchpoints.newestFirst(account, Optional.empty(), 1).stream()
                .mapToInt(touchpoint -> (int) Math.max(0, ChronoUnit.DAYS.between(
                        LocalDate.ofInstant(touchpoint.occurredAt(), ZoneOffset.UTC), today)))
                .findFirst();
        return new CtaContext(account, today, previousBand, currentBand, currentScore, scores, renewal,
                daysSinceTouchpoint, csatAnswers(account, DateWindow.lastDays(ruleSet.csatLookbackDays(), today)),
                npsAnswers(account, DateWindow.lastDays(ruleSet.promoterLookbackDays(), today)), OptionalDouble.empty(),
                plans.summary(account).onboardingOverdue());
    }

    private List<CsatAnswer> csatAnswers(AccountKey account, DateWindow window) {
        List<CsatAnswer> answers = new ArrayList<>();
        for (CsatResponse response : csat.responsesOf(account, PageRequest.first(MAX_ANSWERS)).items()) {
            if (response.answeredDay().isBefore(window.start())) {
                break;
            }
            if (window.contains(response.answeredDay())) {
                response.issueId().flatMap(ledger::get).map(TicketFact::issueKey)
                        .ifPresent(key -> answers.add(new CsatAnswer(key, response.rating(), response.answeredDay())));
            }
        }
        return answers;
    }

    private List<NpsAnswer> npsAnswers(AccountKey account, DateWindow window) {
        return nps.responses(Optional.of(account), window, PageRequest.first(MAX_ANSWERS)).items().stream()
                .map(response -> new NpsAnswer(response.score(),
                        LocalDate.ofInstant(response.answeredAt(), ZoneOffset.UTC)))
                .toList();
    }
}
