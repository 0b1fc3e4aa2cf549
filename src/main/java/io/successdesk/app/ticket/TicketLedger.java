package io.successdesk.app.ticket;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.ticket.StatusCategory;
import io.successdesk.domain.ticket.TicketFact;
import io.successdesk.domain.timeline.TimelinePosition;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Port: the app's own indexed record of every support issue's facts (docs/product.md §3), one row per issue id,
 * sized for a million rows. Reads are bounded: facts come in batches ordered by issue id, continued from
 * the last issue id seen (keyset paging, stable under concurrent inserts).
 */
public interface TicketLedger {

    /** The largest batch {@link #factsRelevantSince} returns. */
    int MAX_BATCH = 1000;

    /** Inserts the fact, or replaces the one with the same issue id. */
    void upsert(TicketFact fact);

    Optional<TicketFact> get(long issueId);

    /** Forgets the issue (deleted, or moved out of the support projects); false when it was not there. */
    boolean remove(long issueId);

    /**
     * Up to {@code limit} facts of {@code account} with an issue id above {@code afterIssueId}, ascending by
     * issue id, that can matter to signals measured from {@code since} on: created, first answered or
     * resolved at or after {@code since}, or still open (no resolution and status category not
     * {@link StatusCategory#DONE}). A batch shorter than {@code limit} is the last.
     *
     * @param afterIssueId 0 for the first batch, then the last issue id of the previous batch
     * @param limit        1 to {@link #MAX_BATCH}
     */
    List<TicketFact> factsRelevantSince(AccountKey account, Instant since, long afterIssueId, int limit);

    /**
     * At most {@code limit} of the account's tickets, as timeline entries of their creation ({@link
     * TicketFact#timelinePosition()}), that come strictly after {@code after} (from the newest when empty), in timeline
     * order: newest created first, then issue key in String order.
     */
    List<TicketFact> newestFirst(AccountKey account, Optional<TimelinePosition> after, int limit);

    /** Streams every fact {@link #factsRelevantSince} selects, batch by batch. */
    default void forEachFactRelevantSince(AccountKey account, Instant since, Consumer<TicketFact> action) {
        long after = 0;
        while (true) {
            List<TicketFact> batch = factsRelevantSince(account, since, after, MAX_BATCH);
            batch.forEach(action);
            if (batch.size() < MAX_BATCH) {
                return;
            }
            after = batch.get(batch.size() - 1).issueId();
        }
    }
}
