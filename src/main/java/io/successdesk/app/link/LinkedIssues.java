package io.successdesk.app.link;

/**
 * Port: what the ticket ledger does when an issue's manual link changes. {@code app.ticket.TicketEventService}
 * implements it, so this package needs nothing from the ticket package (docs/architecture.md "Packages of app/").
 */
public interface LinkedIssues {

    /** Brings the issue's ledger row and the accounts it touches up to date with its new link. */
    void linkChanged(long issueId);
}
