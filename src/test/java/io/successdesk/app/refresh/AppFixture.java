package io.successdesk.app.refresh;

import io.successdesk.app.account.InMemoryAccountStore;
import io.successdesk.app.audit.InMemoryAuditLog;
import io.successdesk.app.change.AccountChangeSignal;
import io.successdesk.app.change.AccountChanges;
import io.successdesk.app.change.InMemoryAccountChangeLog;
import io.successdesk.app.change.TestAccountChanges;
import io.successdesk.app.cta.CtaContextAssembler;
import io.successdesk.app.cta.CtaService;
import io.successdesk.app.cta.InMemoryCtaStore;
import io.successdesk.app.cta.RecordingCtaSink;
import io.successdesk.app.health.HealthService;
import io.successdesk.app.health.InMemoryHealthHistory;
import io.successdesk.app.health.InMemoryManualInputStore;
import io.successdesk.app.health.InMemoryOverrideStore;
import io.successdesk.app.health.LiveHealthInputs;
import io.successdesk.app.panel.InMemoryPanelSummaryStore;
import io.successdesk.app.panel.PanelSummaryService;
import io.successdesk.app.plan.InMemoryPlanStore;
import io.successdesk.app.plan.PlanService;
import io.successdesk.app.revenue.InMemoryRevenueStore;
import io.successdesk.app.ticket.InMemoryTicketLedger;
import io.successdesk.app.ticket.SupportSignalsService;
import io.successdesk.app.timeline.InMemoryTouchpointStore;
import io.successdesk.app.voc.CsatService;
import io.successdesk.app.voc.InMemoryCsatStore;
import io.successdesk.app.voc.InMemoryNpsStore;
import io.successdesk.app.voc.NpsService;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.cta.CtaRuleSet;
import io.successdesk.domain.health.BandThresholds;
import io.successdesk.domain.health.HealthBand;
import io.successdesk.domain.health.HealthScore;
import io.successdesk.domain.health.HealthScorecard;
import io.successdesk.domain.health.HealthSnapshot;

import java.util.UUID;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/** The app-layer use cases of health, CTAs and refresh wired over the in-memory fakes, at a fixed instant. */
public final class AppFixture {

    public final Clock clock;
    public final InMemoryAccountStore accounts = new InMemoryAccountStore();
    public final InMemoryTicketLedger ledger = new InMemoryTicketLedger();
    public final InMemoryCsatStore csatStore = new InMemoryCsatStore();
    public final InMemoryNpsStore npsStore = new InMemoryNpsStore();
    public final InMemoryTouchpointStore touchpoints = new InMemoryTouchpointStore();
    public final InMemoryRevenueStore revenue = new InMemoryRevenueStore();
    public final InMemoryManualInputStore manualInputs = new InMemoryManualInputStore();
    public final InMemoryHealthHistory history = new InMemoryHealthHistory();
    public final InMemoryOverrideStore overrides = new InMemoryOverrideStore();
    public final InMemoryPlanStore plans = new InMemoryPlanStore();
    public final InMemoryCtaStore ctaStore = new InMemoryCtaStore();
    public final RecordingCtaSink sink = new RecordingCtaSink(true);
    public final InMemoryAuditLog audit = new InMemoryAuditLog();
    public final InMemoryAccountChangeLog changeLog = new InMemoryAccountChangeLog();
    public final InMemoryPanelSummaryStore panelSummaries = new InMemoryPanelSummaryStore(changeLog);
    public final LiveHealthInputs inputs;
    public final HealthService health;
    public final CtaContextAssembler contexts;
    public final CtaService ctas;
    public final PlanService planService;
    public final PanelSummaryService panels;
    public final AccountRefreshService refresh;
    public final AccountChanges changes;
    public final AccountChangeProcessor processor;

    public AppFixture(Instant now, HealthScorecard scorecard) {
        clock = Clock.fixed(now, ZoneOffset.UTC);
        changes = TestAccountChanges.over(changeLog);
        inputs = new LiveHealthInputs(new SupportSignalsService(ledger, accounts, clock),
                new CsatService(csatStore, audit, clock, changes), new NpsService(npsStore, audit, clock, changes),
                touchpoints, accounts, revenue, manualInputs, () -> scorecard);
        health = new HealthService(() -> scorecard, inputs, history, overrides, audit, clock, changes);
        planService = new PlanService(plans, audit, clock, changes, UUID::randomUUID);
        contexts = new CtaContextAssembler(accounts, history, touchpoints, csatStore, npsStore, ledger,
                planService, () -> CtaRuleSet.DEFAULTS, clock);
        ctas = new CtaService(ctaStore, sink, () -> CtaRuleSet.DEFAULTS, audit, clock, changes);
        panels = new PanelSummaryService(accounts, health, history, new SupportSignalsService(ledger, accounts, clock),
                new CsatService(csatStore, audit, clock, changes), planService, ctaStore, panelSummaries, changeLog, clock);
        refresh = new AccountRefreshService(accounts, health, contexts, ctas, panels, changeLog,
                TestAccountChanges.DIRECT);
        processor = new AccountChangeProcessor(changeLog, refresh, new AccountChangeSignal(), clock);
    }

    /** A plain (not overridden) snapshot of {@code score} on {@code day}, banded by the default thresholds. */
    public static HealthSnapshot snapshot(AccountKey account, LocalDate day, double score) {
        HealthScore value = HealthScore.of(score);
        HealthBand band = BandThresholds.DEFAULT.bandOf(value);
        return new HealthSnapshot(account, day, Optional.of(value), Optional.of(band), Optional.of(value),
                Optional.of(band), false, Map.of(), "v1");
    }
}
