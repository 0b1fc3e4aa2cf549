package io.successdesk.app.panel;

import io.successdesk.app.issue.BrowsableIssue;
import io.successdesk.app.security.UserDirectory;
import io.successdesk.app.ticket.TicketEventService;
import io.successdesk.app.ticket.TicketLedger;
import io.successdesk.domain.account.AccountResolution;
import io.successdesk.domain.ticket.TicketFact;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/**
  * Assembles the issue panel (docs/product.md §9) from two reads: the ledger row says which account and by which rule,
  * the
 * account's {@link PanelSummary} (kept by {@link PanelSummaryService} on every refresh) says the rest. An account
 * without a summary yet gets one assembled and stored on its first view. The rules run (read-only) only for an
 * issue without a ledger row, to say why it has no account. The CSM's name comes from Jira's user directory at view
 * time (a renamed user shows the new name; no database work of the app's).
 */
@Named
public class PanelService {

    private final TicketLedger ledger;
    private final PanelSummaryService summaries;
    private final TicketEventService tickets;
    private final UserDirectory users;

    @Inject
    public PanelService(TicketLedger ledger, PanelSummaryService summaries, TicketEventService tickets,
                        UserDirectory users) {
        this.ledger = ledger;
        this.summaries = summaries;
        this.tickets = tickets;
        this.users = users;
    }

    /** The panel of an issue the caller may browse. */
    public IssuePanel panel(BrowsableIssue issue) {
        Optional<TicketFact> fact = ledger.get(issue.issueId());
        Optional<PanelSummary> summary = fact.flatMap(f -> summaries.current(f.account()));
        if (fact.isEmpty() || summary.isEmpty()) {
            AccountResolution why = tickets.resolution(issue.issueId())
                    .filter(resolution -> !(resolution instanceof AccountResolution.Matched))
                    .orElse(new AccountResolution.Unmatched(AccountResolution.UnmatchedReason.NO_RULE_MATCHED));
            return new IssuePanel(issue.issueKey(), Optional.empty(), Optional.of(why));
        }
        Optional<String> csmName = summary.get().csmUserKey().flatMap(users::displayName);
        return new IssuePanel(issue.issueKey(), Optional.of(new IssuePanel.MatchedAccount(fact.get().matchedBy(),
                summary.get(), csmName)), Optional.empty());
    }
}
