package io.successdesk.store;

import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.audit.AuditCursor;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.AuditSlice;
import io.successdesk.app.audit.AuditQuery;
import io.successdesk.app.audit.AuditSubjects;
import io.successdesk.app.audit.InMemoryAuditLog;
import io.successdesk.app.audit.NumberedAuditEntry;
import io.successdesk.domain.timeline.TimelineKind;
import io.successdesk.store.ao.AuditRow;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Data(AoAuditLogTest.Schema.class)
public class AoAuditLogTest extends ActiveObjectsTestCase {

    public static final class Schema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(AuditRow.class);
        }
    }

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00.123Z");

    private AoAuditLog log;

    @Before
    public void createLog() {
        log = new AoAuditLog(ao);
    }

    @Test
    public void shouldRoundTripAnEntryWithLongStates() {
        AuditEntry entry = new AuditEntry(T0, "admin", "account.update", "account", "ACME",
                Optional.of("name=Acme; tier=SMB; " + "x".repeat(3000)), Optional.of("name=Acme Corp; tier=Enterprise"));
        log.record(entry);
        assertThat(log.recent(PageRequest.first(10)).items()).containsExactly(entry);
    }

    @Test
    public void shouldFilterByActorActionPrefixSubjectAndTimeTogether() {
        AuditEntry anna = entry(T0, "anna", "account.update", "ACME");
        AuditEntry annaLater = entry(T0.plusSeconds(86_400), "anna", "account.delete", "ACME");
        AuditEntry bob = entry(T0.plusSeconds(60), "bob", "account.update", "ACME");
        AuditEntry cta = entry(T0.plusSeconds(120), "anna", "cta.close", "ACME");
        AuditEntry other = entry(T0.plusSeconds(180), "anna", "account.update", "GLOBEX");
        AuditEntry accountsX = entry(T0.plusSeconds(240), "anna", "accountsx.update", "ACME");
        List.of(anna, annaLater, bob, cta, other, accountsX).forEach(log::record);

        AuditQuery annaOnAcmeAccounts = new AuditQuery(Optional.of("anna"), Optional.of("account."), Optional.of("ACME"),
                Optional.empty(), Optional.empty());
        Page<AuditEntry> page = log.find(annaOnAcmeAccounts, PageRequest.first(10));
        assertThat(page.items()).containsExactly(annaLater, anna);
        assertThat(page.total()).isEqualTo(2);

        AuditQuery firstDay = new AuditQuery(Optional.empty(), Optional.of("account.update"), Optional.empty(),
                Optional.of(T0), Optional.of(T0.plusSeconds(3600)));
        assertThat(log.find(firstDay, PageRequest.first(10)).items()).containsExactly(other, bob, anna);
        assertThat(log.find(new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(T0.plusSeconds(61)),
                Optional.of(T0.plusSeconds(180))), PageRequest.first(10)).items()).as("from inclusive, until exclusive")
                .containsExactly(cta);
        assertThat(log.find(AuditQuery.ALL, PageRequest.first(10)).total()).isEqualTo(6);
    }

    /**
     * Entries about two of three plans, three of them in one millisecond whose numbers order differently as text
     * ("10" &lt; "9"), walked page by page: the entries the fake lists, in timeline order, nothing skipped or repeated.
     */
    @Test
    public void shouldPageTheEntriesAboutSomeSubjectsInTimelineOrderNumberedAsRecorded() {
        InMemoryAuditLog fake = new InMemoryAuditLog();
        for (int i = 1; i <= 12; i++) {
            Instant at = i <= 8 ? T0.plusSeconds(i) : T0.plusSeconds(20);
            String plan = List.of("p1", "p2", "p3").get(i % 3);
            AuditEntry entry = new AuditEntry(at, "csm", i % 2 == 0 ? "plan.edit" : "plan.task.add", "plan", plan,
                    Optional.empty(), Optional.empty());
            log.record(entry);
            fake.record(entry);
        }
        log.record(new AuditEntry(T0, "csm", "plan.edit", "account", "p1", Optional.empty(), Optional.empty()));
        fake.record(new AuditEntry(T0, "csm", "plan.edit", "account", "p1", Optional.empty(), Optional.empty()));
        AuditSubjects twoPlans = new AuditSubjects("plan", Set.of("p1", "p2"), List.of());

        assertThat(fake.newestFirst(twoPlans, TimelineKind.PLAN_CHANGE, Optional.empty(), 50))
                .extracting(NumberedAuditEntry::number).containsExactly(10L, 12L, 9L, 7L, 6L, 4L, 3L, 1L);
        List<NumberedAuditEntry> stored = log.newestFirst(twoPlans, TimelineKind.PLAN_CHANGE, Optional.empty(), 50);
        assertThat(stored).extracting(NumberedAuditEntry::entry)
                .containsExactlyInAnyOrderElementsOf(fake.newestFirst(twoPlans, TimelineKind.PLAN_CHANGE, Optional.empty(), 50)
                        .stream().map(NumberedAuditEntry::entry).toList());
        assertThat(stored).extracting(entry -> entry.timelinePosition(TimelineKind.PLAN_CHANGE)).isSorted();
        for (int limit = 1; limit <= 3; limit++) {
            assertThat(TimelineWalk.all((after, size) -> log.newestFirst(twoPlans, TimelineKind.PLAN_CHANGE, after, size),
                    entry -> entry.timelinePosition(TimelineKind.PLAN_CHANGE), limit))
                    .as("pages of %d", limit).containsExactlyElementsOf(stored);
        }
        assertThat(log.newestFirst(new AuditSubjects("plan", Set.of("p1"), List.of("plan.task")),
                TimelineKind.PLAN_CHANGE, Optional.empty(), 50)).extracting(entry -> entry.entry().action())
                .containsOnly("plan.task.add").hasSize(2);
        assertThat(log.newestFirst(new AuditSubjects("plan", Set.of("p1"), List.of("plan.task", "plan.edit")),
                TimelineKind.PLAN_CHANGE, Optional.empty(), 50)).as("any of the prefixes").hasSize(4);
        assertThat(log.newestFirst(new AuditSubjects("plan", Set.of(), List.of()), TimelineKind.PLAN_CHANGE,
                Optional.empty(), 50)).isEmpty();
    }

    private static AuditEntry entry(Instant at, String actor, String action, String subject) {
        return new AuditEntry(at, actor, action, "account", subject, Optional.empty(), Optional.of("x=1"));
    }

    @Test
    public void shouldStoreBlankStatesAsAbsent() {
        log.record(new AuditEntry(T0, AuditEntry.SYSTEM_ACTOR, "account.create", "account", "ACME",
                Optional.of("  "), Optional.empty()));
        AuditEntry stored = log.recent(PageRequest.first(1)).items().get(0);
        assertThat(stored.before()).isEmpty();
        assertThat(stored.after()).isEmpty();
    }

    @Test
    public void shouldListNewestFirstInPagesWithInsertionOrderBreakingTies() {
        List<AuditEntry> recorded = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Instant at = i == 6 ? T0.plusSeconds(5) : T0.plusSeconds(i);   // entries 5 and 6 share a second
            AuditEntry entry = new AuditEntry(at, "user-" + i, "account.update", "account", "K" + i,
                    Optional.empty(), Optional.of("n=" + i));
            recorded.add(entry);
            log.record(entry);
        }
        List<String> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(3);
        Page<AuditEntry> page;
        do {
            page = log.recent(request);
            assertThat(page.total()).isEqualTo(7);
            page.items().forEach(e -> seen.add(e.subjectId()));
            request = request.next();
        } while (page.hasMore());
        assertThat(seen).containsExactly("K6", "K5", "K4", "K3", "K2", "K1", "K0");

        for (int batch : new int[] {1, 2, 3, 7, 500}) {
            List<String> streamed = new ArrayList<>();
            log.forEach(AuditQuery.ALL, entry -> streamed.add(entry.subjectId()), batch);
            assertThat(streamed).as("in batches of " + batch + ", continued after the last row read").isEqualTo(seen);
        }
        List<String> filtered = new ArrayList<>();
        log.forEach(new AuditQuery(Optional.of("user-5"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()), entry -> filtered.add(entry.subjectId()), 1);
        assertThat(filtered).containsExactly("K5");

        for (int limit : new int[] {1, 2, 3, 7, 8}) {
            assertThat(slices(AuditQuery.ALL, limit)).as("slices of " + limit + ", each after the last one's next")
                    .isEqualTo(seen);
        }
        assertThat(log.count(AuditQuery.ALL)).isEqualTo(7);
        assertThat(log.findAfter(AuditQuery.ALL, Optional.empty(), 7).next()).as("nothing after the last entry").isEmpty();
    }

    @Test
    public void shouldContinueAfterTheLastEntryShownWhateverWasRecordedMeanwhileAndKeepTheFilter() {
        for (int i = 0; i < 5; i++) {
            log.record(entry(T0.plusSeconds(i), i % 2 == 0 ? "anna" : "bob", "account.update", "K" + i));
        }
        AuditQuery anna = new AuditQuery(Optional.of("anna"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
        AuditSlice first = log.findAfter(anna, Optional.empty(), 2);
        assertThat(first.items()).extracting(AuditEntry::subjectId).containsExactly("K4", "K2");

        log.record(entry(T0.plusSeconds(60), "anna", "account.update", "NEWER"));   // an offset page would now repeat K2
        AuditSlice second = log.findAfter(anna, first.next(), 2);

        assertThat(second.items()).extracting(AuditEntry::subjectId).containsExactly("K0");
        assertThat(second.next()).isEmpty();
        assertThat(log.count(anna)).isEqualTo(4);
        assertThatThrownBy(() -> log.findAfter(anna, Optional.empty(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Every subject the query lists, read slice by slice of {@code limit}. */
    private List<String> slices(AuditQuery query, int limit) {
        List<String> seen = new ArrayList<>();
        Optional<AuditCursor> after = Optional.empty();
        do {
            AuditSlice slice = log.findAfter(query, after, limit);
            assertThat(slice.items().size()).isBetween(slice.next().isPresent() ? limit : 0, limit);
            slice.items().forEach(e -> seen.add(e.subjectId()));
            after = slice.next();
        } while (after.isPresent());
        return seen;
    }
}
