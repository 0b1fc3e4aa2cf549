package io.successdesk.sandbox;

import io.successdesk.app.account.AccountStore;
import io.successdesk.app.account.InMemoryAccountStore;
import io.successdesk.app.account.TierCatalog;
import io.successdesk.app.audit.AuditLog;
import io.successdesk.app.audit.InMemoryAuditLog;

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

    /** Port {@link AccountStore}: switch to {@code new AoAccountStore(database.activeObjects())}. */
    AccountStore accountStore() {
        return new InMemoryAccountStore();
    }

    /** Port {@link AuditLog}: switch to the AO audit store. */
    AuditLog auditLog() {
        return new InMemoryAuditLog();
    }

    /** Port {@link TierCatalog}: the default tiers until an admin-defined catalog exists. */
    TierCatalog tierCatalog() {
        return TierCatalog.defaults();
    }

    /** Port {@link io.successdesk.app.plan.PlanStore}: the Active Objects store. */
    io.successdesk.app.plan.PlanStore planStore() {
        return new io.successdesk.store.AoPlanStore(database.activeObjects());
    }

    /** Port {@link io.successdesk.app.timeline.TouchpointStore}: the Active Objects store. */
    io.successdesk.app.timeline.TouchpointStore touchpointStore() {
        return new io.successdesk.store.AoTouchpointStore(database.activeObjects());
    }

    /** Port {@link io.successdesk.app.voc.CsatStore} of the REST API: the Active Objects store. */
    io.successdesk.app.voc.CsatStore csatStore() {
        return new io.successdesk.store.AoCsatStore(database.activeObjects());
    }

    /** Port {@link io.successdesk.app.voc.NpsStore}: the Active Objects store. */
    io.successdesk.app.voc.NpsStore npsStore() {
        return new io.successdesk.store.AoNpsStore(database.activeObjects());
    }

    /** Port {@link io.successdesk.app.revenue.RevenueStore}: the Active Objects store. */
    io.successdesk.app.revenue.RevenueStore revenueStore() {
        return new io.successdesk.store.AoRevenueStore(database.activeObjects());
    }

    /** Port {@link io.successdesk.app.health.ManualInputStore}: the in-memory fake until its AO store is merged. */
    io.successdesk.app.health.ManualInputStore manualInputStore() {
        return new io.successdesk.app.health.InMemoryManualInputStore();
    }

    /** Port {@link io.successdesk.app.health.HealthHistory}: the Active Objects store. */
    io.successdesk.app.health.HealthHistory healthHistory() {
        return new io.successdesk.store.AoHealthHistory(database.activeObjects());
    }

    /** The clock every app service is given. */
    Clock clock() {
        return Clock.systemUTC();
    }

    SandboxDatabase database() {
        return database;
    }
}
