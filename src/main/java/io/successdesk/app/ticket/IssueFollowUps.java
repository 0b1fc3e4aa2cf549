package io.successdesk.app.ticket;

import io.successdesk.app.issue.IssueSnapshot;
import io.successdesk.domain.ticket.TicketFact;

import java.util.Optional;

/** What else happens when SuccessDesk reads a changed issue, besides its ledger row. */
public interface IssueFollowUps {

    /** Nothing else: for callers and tests that only keep the ledger. */
    IssueFollowUps NONE = new IssueFollowUps() {
        @Override
        public void issueRead(IssueSnapshot issue) {
        }

        @Override
        public void ticketRecorded(IssueSnapshot issue, Optional<TicketFact> before, TicketFact after) {
        }
    };

    /** Any issue the listener passed on, support project or not (a CTA's own Jira issue lives in the CS project). */
    void issueRead(IssueSnapshot issue);

    /** A support ticket's row was written; {@code before} is the row it replaced, if any. */
    void ticketRecorded(IssueSnapshot issue, Optional<TicketFact> before, TicketFact after);
}
