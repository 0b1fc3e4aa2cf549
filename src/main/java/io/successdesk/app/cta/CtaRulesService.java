package io.successdesk.app.cta;

import io.successdesk.app.Transactions;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.AuditLog;
import io.successdesk.domain.cta.CtaRuleSet;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and changes the CTA rule parameters (docs/product.md §5); every change is audited with its before and after
 * in the change's transaction, and a change made from a version someone else has replaced is refused. The next
 * refresh of each account applies the new parameters.
 */
@Named
public class CtaRulesService {

    /** The rules in use and their version. */
    public record CurrentRules(CtaRuleSet rules, long version) {
    }

    private final CtaRulesStore rules;
    private final CtaRulesVersions versions;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Transactions transactions;

    @Inject
    public CtaRulesService(CtaRulesStore rules, CtaRulesVersions versions, AuditLog auditLog, Clock clock,
                           Transactions transactions) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.versions = Objects.requireNonNull(versions, "versions");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    public CurrentRules current() {
        return transactions.inTransaction(() -> new CurrentRules(rules.current(), versions.currentVersion()));
    }

    /**
     * Makes {@code next} the rules in use in place of those at {@code expectedVersion}; identical rules write nothing.
     *
     * @throws io.successdesk.app.ConflictException naming {@code version} when someone else saved rules since
     */
    public CurrentRules save(CtaRuleSet next, long expectedVersion, String actor) {
        Objects.requireNonNull(next, "next");
        return transactions.inTransaction(() -> {
            CtaRuleSet before = rules.current();
            if (before.equals(next) && versions.currentVersion() == expectedVersion) {
                return new CurrentRules(before, expectedVersion);
            }
            versions.replace(next, expectedVersion);
            auditLog.record(new AuditEntry(clock.instant(), actor, "config.cta-rules.update", "config", "cta-rules",
                    Optional.of(before.toString()), Optional.of(next.toString())));
            return new CurrentRules(next, versions.currentVersion());
        });
    }
}
