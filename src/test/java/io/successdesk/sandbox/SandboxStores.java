package io.successdesk.sandbox;

import io.successdesk.app.account.AccountStore;
import io.successdesk.app.account.TierCatalog;
import io.successdesk.app.audit.AuditLog;

import io.successdesk.app.cta.CtaRulesStore;
import io.successdesk.app.cta.CtaStore;
import io.successdesk.app.health.HealthHistory;
import io.successdesk.app.health.InMemoryManualInputStore;
import io.successdesk.app.health.ManualInputStore;
import io.successdesk.app.health.OverrideStore;
import io.successdesk.app.health.ScorecardStore;
import io.successdesk.app.link.InMemoryManualLinkStore;
import io.successdesk.app.link.ManualLinkStore;
import io.successdesk.app.plan.PlanStore;
import io.successdesk.app.revenue.RevenueStore;
import io.successdesk.app.sync.BackfillCursorStore;
import io.successdesk.app.sync.InMemoryBackfillCursor;
import io.successdesk.app.ticket.TicketLedger;
import io.successdesk.app.timeline.TouchpointStore;
import io.successdesk.app.voc.NpsStore;
import io.successdesk.store.AoAccountStore;
import io.successdesk.store.AoAuditLog;
import io.successdesk.store.AoCtaRulesStore;
import io.successdesk.store.AoCtaStore;
import io.successdesk.store.AoHealthHistory;
import io.successdesk.store.AoNpsStore;
import io.successdesk.store.AoOverrideStore;
import io.successdesk.store.AoPlanStore;
import io.successdesk.store.AoRevenueStore;
import io.successdesk.store.AoScorecardStore;
import io.successdesk.store.AoTicketLedger;
import io.successdesk.store.AoTouchpointStore;

import java.time.Clock;

/**
 * The one place that decides which implementation of each app port the sandbox uses. For now the in-memory fakes
 * of src/test; each method switches to its Active Objects store (over {@link SandboxDatabase#activeObjects()})
 * once that store is merged — one method per port, nothing else changes.
 */
final class SandboxStores {

    private final SandboxDatabase database;

    SandboxStores(SandboxDatabase database) {
        this.database = database;
    }

    /** Port {@link AccountStore}: the AO store. */
    AccountStore accountStore() {
        return new AoAccountStore(database.activeObjects());
    }

    /** Port {@link AuditLog}: the AO audit store. */
    AuditLog auditLog() {
        return new AoAuditLog(database.activeObjects());
    }

    /** Port {@link TierCatalog}: the default tiers until an admin-defined catalog exists. */
    TierCatalog tierCatalog() {
        return TierCatalog.defaults();
    }

    /** Port {@link TicketLedger}: the AO ledger. */
    TicketLedger ticketLedger() {
        return new AoTicketLedger(database.activeObjects());
    }

    /** Port {@link ManualLinkStore}: in memory until its AO store is merged. */
    ManualLinkStore manualLinkStore() {
        return new InMemoryManualLinkStore();
    }

    /** Port {@link ManualInputStore}: in memory until its AO store is merged. */
    ManualInputStore manualInputStore() {
        return new InMemoryManualInputStore();
    }

    /** Port {@link BackfillCursorStore}: in memory (the cursor lives in plugin settings in Jira). */
    BackfillCursorStore backfillCursor() {
        return new InMemoryBackfillCursor();
    }

    HealthHistory healthHistory() {
        return new AoHealthHistory(database.activeObjects());
    }

    OverrideStore overrideStore() {
        return new AoOverrideStore(database.activeObjects());
    }

    ScorecardStore scorecardStore(Clock clock) {
        return new AoScorecardStore(database.activeObjects(), clock);
    }

    CtaStore ctaStore() {
        return new AoCtaStore(database.activeObjects());
    }

    CtaRulesStore ctaRulesStore(Clock clock) {
        return new AoCtaRulesStore(database.activeObjects(), clock);
    }

    PlanStore planStore() {
        return new AoPlanStore(database.activeObjects());
    }

    TouchpointStore touchpointStore() {
        return new AoTouchpointStore(database.activeObjects());
    }

    NpsStore npsStore() {
        return new AoNpsStore(database.activeObjects());
    }

    RevenueStore revenueStore() {
        return new AoRevenueStore(database.activeObjects());
    }

    /** The clock every app service is given. */
    Clock clock() {
        return Clock.systemUTC();
    }

    SandboxDatabase database() {
        return database;
    }
}
