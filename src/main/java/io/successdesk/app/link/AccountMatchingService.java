package io.successdesk.app.link;

import io.successdesk.app.Transactions;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.AuditLog;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** Reads and changes the account-matching settings; every change is audited. */
@Named
public class AccountMatchingService {

    private final AccountMatchingSettingsStore store;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final Clock clock;

    @Inject
    public AccountMatchingService(AccountMatchingSettingsStore store, AuditLog auditLog, Clock clock, Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.store = store;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public AccountMatchingSettings load() {
        return store.load();
    }

    /** Saves {@code next} and audits the change; saving identical settings writes nothing. */
    public AccountMatchingSettings save(AccountMatchingSettings next, String actor) {
        return transactions.inTransaction(() -> {
            AccountMatchingSettings before = store.load();
            if (before.equals(next)) {
                return before;
            }
            auditLog.record(new AuditEntry(clock.instant(), actor, "config.matching.update", "config", "account-matching",
                    Optional.of(text(before)), Optional.of(text(next))));
            store.save(next);
            return next;
        });
    }

    private static String text(AccountMatchingSettings settings) {
        return "accountFieldId=" + settings.accountFieldId().orElse("") + "; projectDefaultAccounts="
                + new TreeMap<>(settings.projectDefaultAccounts()) + "; issueTypeKinds="
                + new TreeMap<>(settings.issueTypeKinds());
    }
}
