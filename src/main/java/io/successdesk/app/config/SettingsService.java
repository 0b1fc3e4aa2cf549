package io.successdesk.app.config;

import io.successdesk.app.Transactions;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.AuditLog;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** Reads and changes the admin configuration; every change is audited with its before and after. */
@Named
public class SettingsService {

    private final SettingsStore store;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final Clock clock;

    @Inject
    public SettingsService(SettingsStore store, AuditLog auditLog, Clock clock, Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.store = Objects.requireNonNull(store, "store");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public SuccessDeskSettings load() {
        return store.load();
    }

    /** Saves every part of {@code next} and audits the change; saving identical settings writes nothing. */
    public SuccessDeskSettings save(SuccessDeskSettings next, String actor) {
        return save(next, java.util.EnumSet.allOf(SettingsPart.class), actor);
    }

    /**
     * Saves only {@code part} of {@code next} (the other parts stay as stored, whatever the caller read) and audits
     * the change; answers the settings as stored afterwards.
     */
    public SuccessDeskSettings save(SuccessDeskSettings next, SettingsPart part, String actor) {
        return save(next, java.util.EnumSet.of(part), actor);
    }

    private SuccessDeskSettings save(SuccessDeskSettings next, java.util.Set<SettingsPart> parts, String actor) {
        // the audit entry first, in the app's transaction: a failed settings write takes it back with it
        return transactions.inTransaction(() -> {
            SuccessDeskSettings before = store.load();
            SuccessDeskSettings after = SettingsPart.merge(next, before, parts);
            if (before.equals(after)) {
                return before;
            }
            auditLog.record(new AuditEntry(clock.instant(), actor, "config.update", "config", "settings",
                    Optional.of(text(before)), Optional.of(text(after))));
            store.save(next, parts);
            return store.load();
        });
    }

    private static String text(SuccessDeskSettings settings) {
        return "supportProjectKeys=" + new java.util.TreeSet<>(settings.supportProjectKeys())
                + "; csmGroups=" + new java.util.TreeSet<>(settings.csmGroups())
                + "; viewerGroups=" + new java.util.TreeSet<>(settings.viewerGroups())
                + "; financialViewerGroups=" + new java.util.TreeSet<>(settings.financialViewerGroups())
                + "; ctaProject=" + settings.ctaProject().map(Object::toString).orElse("")
                + "; surveyProjectKeys=" + new java.util.TreeSet<>(settings.surveyProjectKeys());
    }
}
