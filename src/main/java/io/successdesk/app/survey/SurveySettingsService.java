package io.successdesk.app.survey;

import io.successdesk.app.Transactions;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.AuditLog;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** Reads and changes the {@link SurveySettings}; every change is audited with its before and after. */
@Named
public class SurveySettingsService {

    private final SurveySettingsStore store;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final Clock clock;

    @Inject
    public SurveySettingsService(SurveySettingsStore store, AuditLog auditLog, Clock clock, Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.store = Objects.requireNonNull(store, "store");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public SurveySettings load() {
        return store.load();
    }

    /** Saves {@code next} and audits the change ({@code config.survey.update}); identical settings write nothing. */
    public SurveySettings save(SurveySettings next, String actor) {
        return transactions.inTransaction(() -> {
            SurveySettings before = store.load();
            if (before.equals(next)) {
                return before;
            }
            auditLog.record(new AuditEntry(clock.instant(), actor, "config.survey.update", "config", "survey",
                    Optional.of(text(before)), Optional.of(text(next))));
            store.save(next);
            return next;
        });
    }

    private static String text(SurveySettings settings) {
        return "companyName=" + settings.companyName().orElse("") + "; trustedProxies=" + settings.trustedProxies()
                + "; linkLifetimeDays=" + settings.linkLifetimeDays();
    }
}
