package io.successdesk.app.ticket;

import io.successdesk.app.timeline.TimelineSource;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.ticket.TicketFact;
import io.successdesk.domain.timeline.TimelineEntry;
import io.successdesk.domain.timeline.TimelinePosition;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The account's support tickets as a {@link TimelineSource}, one entry per ticket at its creation; the title is the
 * issue key, which screens word and link to the issue.
 */
@Named
public class TicketTimelineSource implements TimelineSource {

    private final TicketLedger ledger;

    @Inject
    public TicketTimelineSource(TicketLedger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    @Override
    public List<TimelineEntry> entries(AccountKey account, Optional<TimelinePosition> after, int limit) {
        return ledger.newestFirst(account, after, limit).stream()
                .map(TicketTimelineSource::entry).toList();
    }

    private static TimelineEntry entry(TicketFact fact) {
        return new TimelineEntry(fact.timelinePosition(), fact.issueKey());
    }
}
