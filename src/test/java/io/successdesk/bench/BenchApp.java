package io.successdesk.bench;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.successdesk.app.change.AccountChangeLog;
import io.successdesk.app.change.AccountChangeSignal;
import io.successdesk.app.change.AccountChanges;
import io.successdesk.app.cta.CtaContextAssembler;
import io.successdesk.app.cta.CtaService;
import io.successdesk.app.health.HealthService;
import io.successdesk.app.health.LiveHealthInputs;
import io.successdesk.app.panel.PanelSummaryService;
import io.successdesk.app.plan.PlanService;
import io.successdesk.app.refresh.AccountChangeProcessor;
import io.successdesk.app.refresh.AccountRefreshService;
import io.successdesk.app.ticket.SupportSignalsService;
import io.successdesk.app.voc.CsatService;
import io.successdesk.app.voc.NpsService;
import io.successdesk.store.AoAccountChangeLog;
import io.successdesk.store.AoAccountStore;
import io.successdesk.store.AoAuditLog;
import io.successdesk.store.AoCsatStore;
import io.successdesk.store.AoCtaRulesStore;
import io.successdesk.store.AoCtaStore;
import io.successdesk.store.AoHealthHistory;
import io.successdesk.store.AoManualInputStore;
import io.successdesk.store.AoNpsStore;
import io.successdesk.store.AoOverrideStore;
import io.successdesk.store.AoPanelSummaryStore;
import io.successdesk.store.AoPlanStore;
import io.successdesk.store.AoRevenueStore;
import io.successdesk.store.AoScorecardStore;
import io.successdesk.store.AoTicketLedger;
import io.successdesk.store.AoTouchpointStore;
import io.successdesk.store.AoTransactions;

import java.util.UUID;
import java.time.Clock;
import java.util.Optional;

/**
 * The app's account components over the AO stores of a benchmark database, wired as Spring wires them in Jira
 * (Jira-side ports replaced: CTAs live in the app, no Jira issue is created).
 */
final class BenchApp {

    final AoAccountStore accounts;
    final AoTicketLedger ledger;
    final AoPanelSummaryStore summaries;
    final AccountChangeLog changeLog;
    final AccountChanges changes;
    final CsatService csat;
    final HealthService health;
    final PanelSummaryService panels;
    final AccountChangeProcessor processor;

    BenchApp(ActiveObjects ao, Clock clock) {
        accounts = new AoAccountStore(ao);
        ledger = new AoTicketLedger(ao);
        summaries = new AoPanelSummaryStore(ao);
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
        processor = new AccountChangeProcessor(changeLog,
                new AccountRefreshService(accounts, health, contexts, ctas, panels, changeLog,
                        new AoTransactions(ao)), signal, clock);
    }
}
