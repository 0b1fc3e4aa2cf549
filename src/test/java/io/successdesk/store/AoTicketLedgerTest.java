package io.successdesk.store;

import io.successdesk.app.ticket.InMemoryTicketLedger;
import io.successdesk.app.ticket.TicketLedger;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.ticket.StatusCategory;
import io.successdesk.domain.ticket.TicketFact;
import io.successdesk.domain.ticket.TicketKind;
import io.successdesk.store.ao.TicketLedgerEntry;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.successdesk.domain.ticket.TicketFacts.ACME;
import static io.successdesk.domain.ticket.TicketFacts.answered;
import static io.successdesk.domain.ticket.TicketFacts.inStatus;
import static io.successdesk.domain.ticket.TicketFacts.ofAccount;
import static io.successdesk.domain.ticket.TicketFacts.open;
import static io.successdesk.domain.ticket.TicketFacts.resolved;
import static io.successdesk.domain.ticket.TicketFacts.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Data(AoTicketLedgerTest.Schema.class)
public class AoTicketLedgerTest extends ActiveObjectsTestCase {

    public static final class Schema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(TicketLedgerEntry.class);
        }
    }

    static final AccountKey BETA = AccountKey.of("BETA");
    static final Instant SINCE = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    public void shouldRoundTripEveryFieldWhenUpserted() {
        AoTicketLedger ledger = new AoTicketLedger(ao);
        TicketFact full = with(resolved(answered(open(7, "2026-02-01T10:15:30.123Z"), "2026-02-01T11:00:00Z"),
                "2026-02-03T09:00:00Z", 2), TicketKind.DEFECT, 1);
        TicketFact bare = open(8, "2026-02-02T00:00:00Z");
        ledger.upsert(full);
        ledger.upsert(bare);

        assertThat(ledger.get(7)).contains(full);
        assertThat(ledger.get(8)).contains(bare);
        assertThat(ledger.get(9)).isEmpty();
    }

    /**
     * Five tickets, three created in the same millisecond with keys whose String order ("AB-1" &lt; "A_B-1" &lt;
     * "SUP-10" &lt; "SUP-9") a database collation need not follow, read a page of one and of two at a time from each
     * cursor: the order is the timeline's, nothing skipped or repeated; a cursor of another kind at the same instant
     * comes after its tickets, and a cursor between two milliseconds keeps the tickets of the earlier one.
     */
    @Test
    public void shouldPageAnAccountsTicketsInTimelineOrderAcrossTiesOfOneMillisecond() {
        AoTicketLedger ledger = new AoTicketLedger(ao);
        String tie = "2026-03-02T10:00:00.123Z";
        List<TicketFact> facts = List.of(keyed(open(1, tie), "SUP-9"), keyed(open(2, tie), "A_B-1"),
                keyed(open(3, tie), "AB-1"), keyed(open(4, "2026-03-02T11:00:00Z"), "SUP-10"),
                keyed(open(5, "2026-03-01T00:00:00Z"), "SUP-5"), ofAccount(open(6, tie), BETA));
        facts.forEach(ledger::upsert);
        List<String> expected = List.of("SUP-10", "AB-1", "A_B-1", "SUP-9", "SUP-5");

        for (int size : new int[] {1, 2, 10}) {
            List<String> seen = new ArrayList<>();
            java.util.Optional<io.successdesk.domain.timeline.TimelinePosition> cursor = java.util.Optional.empty();
            while (true) {
                List<TicketFact> page = ledger.newestFirst(ACME, cursor, size);
                page.forEach(fact -> seen.add(fact.issueKey()));
                if (page.size() < size) {
                    break;
                }
                cursor = java.util.Optional.of(page.get(page.size() - 1).timelinePosition());
            }
            assertThat(seen).as("pages of " + size).isEqualTo(expected);
        }
        Instant at = Instant.parse(tie);
        assertThat(ledger.newestFirst(ACME, java.util.Optional.of(new io.successdesk.domain.timeline.TimelinePosition(
                at, io.successdesk.domain.timeline.TimelineKind.TOUCHPOINT, "x")), 10))
                .extracting(TicketFact::issueKey).as("tickets come first at their instant").containsExactly("SUP-5");
        assertThat(ledger.newestFirst(ACME, java.util.Optional.of(new io.successdesk.domain.timeline.TimelinePosition(
                at.plusNanos(500), io.successdesk.domain.timeline.TimelineKind.TOUCHPOINT, "x")), 10))
                .extracting(TicketFact::issueKey).containsExactly("AB-1", "A_B-1", "SUP-9", "SUP-5");
    }

    private static TicketFact keyed(TicketFact fact, String issueKey) {
        return new TicketFact(fact.issueId(), issueKey, fact.account(), issueKey.substring(0, issueKey.indexOf('-')),
                fact.created(), fact.firstResponse(), fact.resolved(), fact.reopenCount(), fact.priorityRank(),
                fact.status(), fact.kind(), fact.matchedBy());
    }

    @Test
    public void shouldKeepOneRowPerIssueWhenUpsertedAgain() {
        AoTicketLedger ledger = new AoTicketLedger(ao);
        ledger.upsert(open(7, "2026-02-01T10:00:00Z"));
        TicketFact moved = ofAccount(resolved(open(7, "2026-02-01T10:00:00Z"), "2026-03-05T00:00:00Z", 1), BETA);
        ledger.upsert(moved);

        assertThat(ao.count(TicketLedgerEntry.class)).isEqualTo(1);
        assertThat(ledger.get(7)).contains(moved);
    }

    @Test
    public void shouldRemoveTheIssueAndSayWhetherItWasThere() {
        AoTicketLedger ledger = new AoTicketLedger(ao);
        ledger.upsert(open(7, "2026-02-01T10:00:00Z"));

        assertThat(ledger.remove(7)).isTrue();
        assertThat(ledger.remove(7)).isFalse();
        assertThat(ledger.get(7)).isEmpty();
    }

    @Test
    public void shouldSelectOpenOrRecentlyActiveFactsOfTheAccountOnly() {
        AoTicketLedger ledger = new AoTicketLedger(ao);
        ledger.upsert(open(1, "2025-01-01T00:00:00Z"));                                              // still open
        ledger.upsert(resolved(open(2, "2025-01-01T00:00:00Z"), "2025-02-01T00:00:00Z", 0));          // old, done
        ledger.upsert(resolved(open(3, "2025-01-01T00:00:00Z"), "2026-03-01T00:00:00Z", 0));          // resolved at since
        ledger.upsert(inStatus(answered(open(4, "2025-01-01T00:00:00Z"), "2026-03-02T00:00:00Z"), StatusCategory.DONE));
        ledger.upsert(inStatus(open(5, "2025-01-01T00:00:00Z"), StatusCategory.DONE));                // closed, no resolution
        ledger.upsert(resolved(open(6, "2026-03-03T00:00:00Z"), "2026-03-04T00:00:00Z", 0));          // created after
        ledger.upsert(ofAccount(open(7, "2026-03-03T00:00:00Z"), BETA));

        assertThat(ledger.factsRelevantSince(ACME, SINCE, 0, TicketLedger.MAX_BATCH)).extracting(TicketFact::issueId)
                .containsExactly(1L, 3L, 4L, 6L);
        assertThat(ledger.factsRelevantSince(BETA, SINCE, 0, 10)).extracting(TicketFact::issueId).containsExactly(7L);
    }

    @Test
    public void shouldPageByIssueIdExactlyAsTheFakeWhenFactsAreRandom() {
        AoTicketLedger ledger = new AoTicketLedger(ao);
        InMemoryTicketLedger model = new InMemoryTicketLedger();
        Random random = new Random(42);
        for (int i = 0; i < 150; i++) {
            long id = 1 + random.nextInt(400);
            TicketFact fact = open(id, "2026-0" + (1 + random.nextInt(4)) + "-1" + random.nextInt(10) + "T00:00:00Z");
            if (random.nextBoolean()) {
                fact = resolved(fact, fact.created().plusSeconds(86_400L * random.nextInt(40)).toString(), 0);
            }
            if (random.nextInt(5) == 0) {
                fact = ofAccount(fact, BETA);
            }
            ledger.upsert(fact);
            model.upsert(fact);
        }

        for (int batch : new int[] {1, 7, 1000}) {
            List<Long> paged = new ArrayList<>();
            long after = 0;
            while (true) {
                List<TicketFact> page = ledger.factsRelevantSince(ACME, SINCE, after, batch);
                assertThat(page).isEqualTo(model.factsRelevantSince(ACME, SINCE, after, batch));
                page.forEach(fact -> paged.add(fact.issueId()));
                if (page.size() < batch) {
                    break;
                }
                after = page.get(page.size() - 1).issueId();
            }
            assertThat(paged).isSorted().doesNotHaveDuplicates().isNotEmpty();
        }
        List<Long> streamed = new ArrayList<>();
        ledger.forEachFactRelevantSince(ACME, SINCE, fact -> streamed.add(fact.issueId()));
        assertThat(streamed).hasSize(model.factsRelevantSince(ACME, SINCE, 0, TicketLedger.MAX_BATCH).size());
    }

    @Test
    public void shouldRefuseABatchSizeOutsideTheLimits() {
        AoTicketLedger ledger = new AoTicketLedger(ao);
        assertThatThrownBy(() -> ledger.factsRelevantSince(ACME, SINCE, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.factsRelevantSince(ACME, SINCE, 0, TicketLedger.MAX_BATCH + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @NonTransactional
    public void shouldEndWithOneRowPerIssueWhenTwoThreadsUpsertTheSameNewIssuesAtOnce() throws Exception {
        AoTicketLedger ledger = new AoTicketLedger(ao);
        int issues = 20;
        AoCsatStoreTest.inTwoThreads(thread -> {
            for (long issueId = 1; issueId <= issues; issueId++) {
                TicketFact fact = open(issueId, "2026-02-01T10:00:00Z");
                ledger.upsert(thread.equals("t1") ? fact : ofAccount(fact, BETA));
            }
            return true;
        });

        assertThat(ao.count(TicketLedgerEntry.class)).isEqualTo(issues);
        for (long issueId = 1; issueId <= issues; issueId++) {
            TicketFact fact = open(issueId, "2026-02-01T10:00:00Z");
            assertThat(ledger.get(issueId)).get().isIn(fact, ofAccount(fact, BETA));
        }
    }
}
