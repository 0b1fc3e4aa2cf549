package io.successdesk.app.account;

import io.successdesk.app.InvalidInputException;
import io.successdesk.app.PageRequest;
import io.successdesk.app.Transactions;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.AuditLog;
import io.successdesk.domain.account.Tier;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The admin's tier list (docs/product.md §1): read by every tier choice, replaced as a whole by an admin. A tier
 * that accounts still have cannot be taken off the list (their tier would no longer be one an edit may keep), so a
 * rename is done by giving those accounts the new tier first. Every change is audited with its before and after.
 */
@Named
public class TierService {

    static final String AUDIT_ACTION = "config.tiers.update";

    private final EditableTierCatalog catalog;
    private final AccountStore accounts;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Transactions transactions;

    @Inject
    public TierService(EditableTierCatalog catalog, AccountStore accounts, AuditLog auditLog, Clock clock,
                       Transactions transactions) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    public List<Tier> tiers() {
        return catalog.tiers();
    }

    /**
     * Makes {@code names} the tier list, in this order; the same list again writes nothing.
     *
     * @throws InvalidInputException naming {@code tiers} for an empty or too long list, a blank, too long or repeated
     *                               name (letter case ignored), or a tier left out that accounts still have
     */
    public List<Tier> replace(List<String> names, String actor) {
        Objects.requireNonNull(actor, "actor");
        List<Tier> next = validated(names);
        return transactions.inTransaction(() -> {
            List<Tier> before = catalog.tiers();
            if (before.equals(next)) {
                return before;
            }
            for (Tier removed : before) {
                if (!next.contains(removed)) {
                    long using = accounts.find(AccountQuery.all().ofTier(removed), PageRequest.first(1)).total();
                    if (using > 0) {
                        throw new InvalidInputException("tiers", "'" + removed.name() + "' is the tier of " + using
                                + (using == 1 ? " account" : " accounts") + "; give them another tier before removing it");
                    }
                }
            }
            catalog.replace(next);
            auditLog.record(new AuditEntry(clock.instant(), actor, AUDIT_ACTION, "config", "tiers",
                    Optional.of(before.toString()), Optional.of(next.toString())));
            return next;
        });
    }

    private static List<Tier> validated(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidInputException("tiers", "give at least one tier");
        }
        if (names.size() > EditableTierCatalog.MAX_TIERS) {
            throw new InvalidInputException("tiers", "at most " + EditableTierCatalog.MAX_TIERS + " tiers");
        }
        List<Tier> tiers = new ArrayList<>(names.size());
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            String stripped = name == null ? "" : name.strip();
            if (stripped.isEmpty()) {
                throw new InvalidInputException("tiers", "tier names cannot be blank");
            }
            if (stripped.length() > Tier.MAX_LENGTH) {
                throw new InvalidInputException("tiers", "'" + stripped + "' is longer than " + Tier.MAX_LENGTH
                        + " characters");
            }
            if (!seen.add(stripped.toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("tiers", "'" + stripped + "' is listed twice");
            }
            tiers.add(Tier.of(stripped));
        }
        return List.copyOf(tiers);
    }
}
