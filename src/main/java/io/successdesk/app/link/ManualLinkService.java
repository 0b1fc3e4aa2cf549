package io.successdesk.app.link;

import io.successdesk.app.NotFoundException;
import io.successdesk.app.Transactions;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.AuditLog;
import io.successdesk.domain.account.AccountDirectory;
import io.successdesk.domain.account.AccountKey;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.util.Optional;

/**
 * Links an issue to an account by hand (docs/product.md §2 rule 1: wins over every other rule), or removes the link;
 * each change is audited and the issue's ledger row is brought up to date at once. Who may do it (agents and CSMs
 * who can browse the issue) is checked by the caller.
 */
@Named
public class ManualLinkService {

    static final String SUBJECT = "issue";

    private final ManualLinkStore links;
    private final AccountDirectory accounts;
    private final AuditLog audit;
    private final LinkedIssues tickets;
    private final Clock clock;
    private final Transactions transactions;

    @Inject
    public ManualLinkService(ManualLinkStore links, AccountDirectory accounts, AuditLog audit, LinkedIssues tickets,
                             Clock clock, Transactions transactions) {
        this.transactions = java.util.Objects.requireNonNull(transactions, "transactions");
        this.links = links;
        this.accounts = accounts;
        this.audit = audit;
        this.tickets = tickets;
        this.clock = clock;
    }

    /** Links the issue to {@code account}; 404 when the account does not exist. Linking it again changes nothing. */
    public void link(long issueId, AccountKey account, String actor) {
        if (!accounts.exists(account)) {
            throw new NotFoundException("account " + account);
        }
        transactions.inTransaction(() -> {
            Optional<AccountKey> before = links.linkOf(issueId);
            if (!before.equals(Optional.of(account))) {
                links.put(issueId, account);
                audit.record(new AuditEntry(clock.instant(), actor, "issue.link", SUBJECT, Long.toString(issueId),
                        before.map(key -> "account=" + key), Optional.of("account=" + account)));
            }
            tickets.linkChanged(issueId);
            return null;
        });
    }

    /** Removes the issue's manual link, so the rules decide again; false when there was none. */
    public boolean unlink(long issueId, String actor) {
        return transactions.inTransaction(() -> {
            Optional<AccountKey> before = links.linkOf(issueId);
            if (before.isEmpty() || !links.remove(issueId)) {
                return false;
            }
            audit.record(new AuditEntry(clock.instant(), actor, "issue.unlink", SUBJECT, Long.toString(issueId),
                    Optional.of("account=" + before.get()), Optional.empty()));
            tickets.linkChanged(issueId);
            return true;
        });
    }
}
