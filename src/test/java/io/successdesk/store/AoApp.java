package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.successdesk.app.change.AccountChangeLog;
import io.successdesk.app.change.AccountChangeSignal;
import io.successdesk.app.change.AccountChanges;
import io.successdesk.app.cta.CtaContextAssembler;
import io.successdesk.app.cta.CtaService;
import io.successdesk.app.health.HealthService;
import io.successdesk.app.health.LiveHealthInputs;
import io.successdesk.app.account.AccountService;
import io.successdesk.app.panel.PanelSummaryService;
import io.successdesk.app.panel.PanelSummaryStore;
import io.successdesk.app.plan.PlanService;
import io.successdesk.app.refresh.AccountChangeProcessor;
import io.successdesk.app.refresh.AccountRefreshService;
import io.successdesk.app.ticket.SupportSignalsService;
import io.successdesk.app.voc.CsatService;
import io.successdesk.app.voc.NpsService;

import java.util.UUID;
import java.util.function.UnaryOperator;
import java.time.Clock;
import java.util.Optional;

/**
 * The app's account components over the AO stores of one database, wired as Spring wires them in Jira (Jira-side
 * ports replaced: CTAs live in the app, no Jira issue is created). For benchmarks and for races across use cases.
 */
public final class AoApp {

    public final AoAccountStore accounts;
    public final AoTicketLedger ledger;
    public final PanelSummaryStore summaries;
    public final AccountChangeLog changeLog;
    public final AccountChanges changes;
    public final CsatService csat;
    public final HealthService health;
    public final PanelSummaryService panels;
    public final AccountRefreshService refresh;
    public final AccountChangeProcessor processor;
    public final AccountService accountService;

    public AoApp(ActiveObjects ao, Clock clock) {
        this(ao, clock, UnaryOperator.identity());
    }

    /** @param summariesAround wraps the panel summary store (a test pauses a refresh right after its summary write) */
    public AoApp(ActiveObjects ao, Clock clock, UnaryOperator<PanelSummaryStore> summariesAround) {
        accounts = new AoAccountStore(ao);
        ledger = new AoTicketLedger(ao);
        summaries = summariesAround.apply(new AoPanelSummaryStore(ao));
        changeLog = new AoAccountChangeLog(ao);
        AccountChangeSignal signal = new AccountChangeSignal();
        changes = new AccountChanges(new AoTransactions(ao), changeLog, signal);
        AoAuditLog audit = new AoAuditLog(ao);
        AoCsatStore csatStore = new AoCsatStore(ao);
        AoNpsStore npsStore = new AoNpsStore(ao);
        AoTouchpointStore touchpoints = new AoTouchpointStore(ao);
        csat = new CsatService(csatStore, audit, clock, changes);
        SupportSignalsService signals = new SupportSignalsService(ledger, accounts, clock);
        AoScorecardStore scorecards = new AoScorecardStore(ao, clock);
        LiveHealthInputs inputs = new LiveHealthInputs(signals, csat, new NpsService(npsStore, audit, clock, changes),
                touchpoints, accounts, new AoRevenueStore(ao), new AoManualInputStore(ao), scorecards);
        AoHealthHistory history = new AoHealthHistory(ao);
        health = new HealthService(scorecards, inputs, history, new AoOverrideStore(ao), audit, clock, changes);
        PlanService plans = new PlanService(new AoPlanStore(ao), audit, clock, changes, UUID::randomUUID);
        AoCtaStore ctaStore = new AoCtaStore(ao);
        AoCtaRulesStore rules = new AoCtaRulesStore(ao, clock);
        panels = new PanelSummaryService(accounts, health, history, signals, csat, plans, ctaStore, summaries, changeLog,
                clock);
        CtaService ctas = new CtaService(ctaStore, cta -> Optional.empty(), rules, audit, clock, changes);
        CtaContextAssembler contexts = new CtaContextAssembler(accounts, history, touchpoints, csatStore, npsStore,
                ledger, plans, rules, clock);
        refresh = new AccountRefreshService(accounts, health, contexts, ctas, panels, changeLog, new AoTransactions(ao));
        processor = new AccountChangeProcessor(changeLog, refresh, signal, clock);
        accountService = new AccountService(accounts, audit, clock, new AoTierCatalog(ao), changes,
                new AoAccountErasure(ao, history, new AoReconcileSet(ao)));
    }
}
