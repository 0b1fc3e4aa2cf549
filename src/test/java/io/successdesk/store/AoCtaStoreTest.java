package io.successdesk.store;

import io.successdesk.app.ConflictException;
import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.cta.InMemoryCtaStore;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.cta.Cta;
import io.successdesk.domain.cta.CtaDedupKey;
import io.successdesk.domain.cta.CtaFacts;
import io.successdesk.domain.cta.CtaFactsFixtures;
import io.successdesk.domain.cta.CtaProposal;
import io.successdesk.domain.cta.CtaReason;
import io.successdesk.domain.cta.CtaStatus;
import io.successdesk.store.ao.CallToAction;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Data(AoCtaStoreTest.Schema.class)
public class AoCtaStoreTest extends ActiveObjectsTestCase {

    public static final class Schema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(CallToAction.class, io.successdesk.store.ao.ActiveCtaClaim.class);
        }
    }

    static final AccountKey ACME = AccountKey.of("ACME");
    static final Instant T0 = Instant.parse("2026-03-10T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final CtaDedupKey RED = CtaDedupKey.of(ACME, CtaReason.ENTERED_RED);

    static Cta open(String id, CtaReason reason, Instant created) {
        return Cta.open(id, new CtaProposal(CtaDedupKey.of(ACME, reason), CtaFactsFixtures.sample(reason),
                List.of("SUP-1", "SUP-22")), created);
    }

    /** CTAs of one millisecond (ids "c-1" &lt; "c_1" &lt; "c1" in String order) page in timeline order, any status. */
    @Test
    public void shouldPageAnAccountsCtasInTimelineOrderAcrossTiesOfOneMillisecond() {
        AoCtaStore store = new AoCtaStore(ao);
        InMemoryCtaStore fake = new InMemoryCtaStore();
        List<Cta> ctas = List.of(open("c1", CtaReason.ENTERED_RED, T0), open("c_1", CtaReason.LOW_CSAT, T0),
                open("c-1", CtaReason.PROMOTER, T0).close(T0.plusSeconds(60)),
                open("newest", CtaReason.SCORE_DROP, T0.plusMillis(1)), open("oldest", CtaReason.NO_TOUCHPOINT, T0.minusSeconds(5)));
        ctas.forEach(cta -> {
            store.save(cta);
            fake.save(cta);
        });
        List<Cta> expected = fake.newestFirst(ACME, java.util.Optional.empty(), 50);
        assertThat(expected).extracting(Cta::id).containsExactly("newest", "c-1", "c1", "c_1", "oldest");

        for (int limit = 1; limit <= 3; limit++) {
            assertThat(TimelineWalk.all((after, size) -> store.newestFirst(ACME, after, size), Cta::timelinePosition, limit))
                    .as("pages of %d", limit).containsExactlyElementsOf(expected);
        }
    }

    @Test
    public void shouldRoundTripEveryStateOfACta() {
        AoCtaStore store = new AoCtaStore(ao);
        Cta opened = open("c1", CtaReason.ENTERED_RED, T0);
        Cta bare = Cta.open("c2", new CtaProposal(CtaDedupKey.of(ACME, CtaReason.PROMOTER),
                CtaFacts.promoters(1, TODAY), List.of()), T0);
        store.save(opened);
        store.save(bare);
        assertThat(store.find("c1")).contains(opened);
        assertThat(store.find("c2")).contains(bare);

        Cta snoozed = opened.withJiraIssue("CS-9").snooze(TODAY.plusDays(7), "waiting for QBR", TODAY);
        store.save(snoozed);
        assertThat(store.find("c1")).contains(snoozed);

        Cta closed = snoozed.close(T0.plusSeconds(3600));
        store.save(closed);
        assertThat(store.find("c1")).contains(closed);
        assertThat(store.find("nope")).isEmpty();
        assertThat(ao.count(CallToAction.class)).isEqualTo(2);
    }

    @Test
    public void shouldRefuseAChangeComputedFromAStateSomeoneElseHasChangedMeanwhile() {
        AoCtaStore store = new AoCtaStore(ao);
        Cta opened = open("c1", CtaReason.ENTERED_RED, T0);
        store.save(opened);
        Cta readByTheWorker = store.find("c1").orElseThrow();
        Cta readByTheCsm = store.find("c1").orElseThrow();

        Cta snoozed = readByTheCsm.snooze(TODAY.plusDays(7), "QBR next week", TODAY);
        store.replace(readByTheCsm, snoozed);
        Cta closedFromAStaleRead = readByTheWorker.close(T0.plusSeconds(60));

        assertThatThrownBy(() -> store.replace(readByTheWorker, closedFromAStaleRead))
                .isInstanceOf(ConflictException.class).hasMessageContaining("changed by someone else");
        assertThat(store.find("c1")).contains(snoozed);
        assertThat(store.findActive(RED)).contains(snoozed);

        Cta closed = snoozed.close(T0.plusSeconds(120));
        store.replace(snoozed, closed);
        assertThat(store.find("c1")).contains(closed);
        assertThat(store.findActive(RED)).isEmpty();
        assertThatThrownBy(() -> store.replace(open("nope", CtaReason.ENTERED_RED, T0), closed))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void shouldRoundTripTheFactsOfEveryReasonAsJsonWithStableNames() {
        AoCtaStore store = new AoCtaStore(ao);
        for (CtaReason reason : CtaReason.values()) {
            Cta cta = open("f-" + reason.ordinal(), reason, T0);
            store.save(cta);
            assertThat(store.find(cta.id())).as("%s", reason).contains(cta);
        }
        Cta renewal = open("renewal", CtaReason.RENEWAL_90, T0);
        store.save(renewal.close(T0));
        CallToAction row = ao.find(CallToAction.class, CallToAction.CTA_ID + " = ?", "renewal")[0];
        assertThat(row.getFacts()).as("a date, never a day count").isEqualTo("{\"renewalDate\":\"2026-06-14\"}");
        assertThat(row.getExplanation()).as("no English sentence is stored").isNull();
    }

    @Test
    public void shouldFindTheActiveCtaOfAKeyOnlyWhileOpenOrSnoozed() {
        AoCtaStore store = new AoCtaStore(ao);
        Cta cta = open("c1", CtaReason.ENTERED_RED, T0);
        store.save(cta);
        assertThat(store.findActive(RED)).contains(cta);

        store.save(cta.snooze(TODAY.plusDays(1), "later", TODAY));
        assertThat(store.findActive(RED)).map(Cta::id).contains("c1");

        store.save(cta.close(T0));
        assertThat(store.findActive(RED)).isEmpty();

        Cta again = open("c2", CtaReason.ENTERED_RED, T0.plusSeconds(5));
        store.save(again);
        assertThat(store.findActive(RED)).contains(again);
    }

    @Test
    public void shouldFindTheCtaByItsJiraIssueKey() {
        AoCtaStore store = new AoCtaStore(ao);
        Cta withIssue = open("c1", CtaReason.ENTERED_RED, T0).withJiraIssue("CS-9");
        store.save(withIssue);
        store.save(open("c2", CtaReason.PROMOTER, T0).withJiraIssue("CS-10"));

        assertThat(store.findByJiraIssue("CS-9")).contains(withIssue);
        assertThat(store.findByJiraIssue("CS-1")).isEmpty();
    }

    @Test
    public void shouldRefuseASecondActiveCtaForTheSameKeyAndWriteNothing() {
        AoCtaStore store = new AoCtaStore(ao);
        store.save(open("c1", CtaReason.ENTERED_RED, T0));

        assertThatThrownBy(() -> store.save(open("c2", CtaReason.ENTERED_RED, T0))).isInstanceOf(ConflictException.class);
        assertThat(store.find("c2")).isEmpty();
        assertThat(ao.count(CallToAction.class)).isEqualTo(1);
    }

    @Test
    public void shouldPageTheAccountsCtasNewestFirstFilteredByStatus() {
        AoCtaStore store = new AoCtaStore(ao);
        CtaReason[] reasons = CtaReason.values();
        for (int i = 0; i < reasons.length; i++) {
            Cta cta = open("c" + i, reasons[i], T0.plusSeconds(i));
            store.save(i % 3 == 0 ? cta.close(T0.plusSeconds(100)) : cta);
        }
        store.save(Cta.open("other", new CtaProposal(CtaDedupKey.of(AccountKey.of("BETA"), CtaReason.ENTERED_RED),
                CtaFactsFixtures.sample(CtaReason.ENTERED_RED), List.of()), T0));

        Set<CtaStatus> active = EnumSet.of(CtaStatus.OPEN, CtaStatus.SNOOZED);
        Page<Cta> first = store.page(ACME, active, PageRequest.first(3));
        Page<Cta> second = store.page(ACME, active, PageRequest.first(3).next());
        assertThat(first.total()).isEqualTo(8);
        assertThat(first.items()).extracting(Cta::id).containsExactly("c11", "c10", "c8");
        assertThat(second.items()).extracting(Cta::id).containsExactly("c7", "c5", "c4");
        assertThat(first.hasMore()).isTrue();
        assertThat(store.page(ACME, EnumSet.of(CtaStatus.CLOSED), PageRequest.first(50)).items()).extracting(Cta::id)
                .containsExactly("c9", "c6", "c3", "c0");
        assertThat(store.page(ACME, Set.of(), PageRequest.first(5)).total()).isZero();
        assertThat(store.count(ACME, active)).as("the count alone, as the page totals it").isEqualTo(8);
        assertThat(store.count(ACME, EnumSet.of(CtaStatus.CLOSED))).isEqualTo(4);
        assertThat(store.count(AccountKey.of("BETA"), active)).isEqualTo(1);
        assertThat(store.count(ACME, Set.of())).isZero();
    }
}
