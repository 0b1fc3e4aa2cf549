package io.successdesk.app.ticket;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.ticket.StatusCategory;
import io.successdesk.domain.ticket.TicketFact;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Test fake of the {@link TicketLedger} port, keyed by issue id; counts batch reads. */
public final class InMemoryTicketLedger implements TicketLedger {

    private final TreeMap<Long, TicketFact> facts = new TreeMap<>();
    private int batchReads;

    public synchronized int batchReads() {
        return batchReads;
    }

    @Override
    public synchronized void upsert(TicketFact fact) {
        facts.put(fact.issueId(), fact);
    }

    @Override
    public synchronized Optional<TicketFact> get(long issueId) {
        return Optional.ofNullable(facts.get(issueId));
    }

    @Override
    public synchronized boolean remove(long issueId) {
        return facts.remove(issueId) != null;
    }

    @Override
    public synchronized List<TicketFact> factsRelevantSince(AccountKey account, Instant since, long afterIssueId, int limit) {
        if (limit < 1 || limit > MAX_BATCH) {
            throw new IllegalArgumentException("limit must be 1–" + MAX_BATCH + ", got " + limit);
        }
        batchReads++;
        return facts.tailMap(afterIssueId, false).values().stream()
                .filter(fact -> fact.account().equals(account) && isRelevant(fact, since))
                .limit(limit).toList();
    }

    @Override
    public synchronized List<TicketFact> newestFirst(AccountKey account,
                                                     Optional<io.successdesk.domain.timeline.TimelinePosition> after,
                                                     int limit) {
        return facts.values().stream().filter(fact -> fact.account().equals(account))
                .filter(fact -> after.map(cursor -> cursor.isFollowedBy(fact.timelinePosition())).orElse(true))
                .sorted(java.util.Comparator.comparing(TicketFact::timelinePosition)).limit(limit).toList();
    }

    private static boolean isRelevant(TicketFact fact, Instant since) {
        boolean stillOpen = fact.resolved().isEmpty() && fact.status() != StatusCategory.DONE;
        return stillOpen || !fact.created().isBefore(since)
                || fact.resolved().filter(at -> !at.isBefore(since)).isPresent()
                || fact.firstResponse().filter(at -> !at.isBefore(since)).isPresent();
    }
}
