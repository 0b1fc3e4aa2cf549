package io.successdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.successdesk.app.timeline.InMemoryTouchpointStore;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.timeline.Sentiment;
import io.successdesk.domain.timeline.TimelineKind;
import io.successdesk.domain.timeline.TimelinePosition;
import io.successdesk.domain.timeline.Touchpoint;
import io.successdesk.domain.timeline.TouchpointId;
import io.successdesk.domain.timeline.TouchpointType;
import io.successdesk.store.ao.TouchpointEntity;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import org.junit.Test;

@Data(AoTouchpointStoreTest.Schema.class)
public class AoTouchpointStoreTest extends ActiveObjectsTestCase {

    public static final class Schema implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager em) throws Exception {
            em.migrate(TouchpointEntity.class);
        }
    }

    private static final AccountKey ACME = AccountKey.of("ACME");
    private static final AccountKey GLOBEX = AccountKey.of("GLOBEX");
    private static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");

    private final Random random = new Random(11);

    @Test
    public void shouldRoundTripATouchpointExactlyWhenSaved() {
        AoTouchpointStore store = new AoTouchpointStore(ao);
        Touchpoint call = touchpoint(UUID.randomUUID(), ACME, Instant.parse("2026-03-01T12:00:00.123456789Z"),
                Optional.of(Sentiment.POSITIVE));
        Touchpoint note = new Touchpoint(new TouchpointId(UUID.randomUUID()), ACME, TouchpointType.NOTE, NOON,
                "Renewal terms agreed — ✓\nSecond line\n" + "x".repeat(1900), Optional.empty(), "csm.alice");

        store.save(call);
        store.save(note);

        assertThat(store.get(call.id())).contains(call);
        assertThat(store.get(note.id())).contains(note);
        assertThat(store.get(new TouchpointId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    public void shouldRefuseASecondTouchpointWithTheSameIdAndKeepTheFirst() {
        AoTouchpointStore store = new AoTouchpointStore(ao);
        Touchpoint first = touchpoint(UUID.randomUUID(), ACME, NOON, Optional.empty());
        store.save(first);

        assertThatThrownBy(() -> store.save(touchpoint(first.id().value(), GLOBEX, NOON.plusSeconds(5), Optional.empty())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already exists");

        assertThat(store.get(first.id())).contains(first);
        assertThat(ao.count(TouchpointEntity.class)).isEqualTo(1);
    }

    @Test
    public void shouldPageThroughManyEqualInstantsWithoutSkippingOrRepeatingWhenFollowingCursors() {
        AoTouchpointStore store = new AoTouchpointStore(ao);
        InMemoryTouchpointStore expected = new InMemoryTouchpointStore();
        List<Instant> instants = List.of(NOON, NOON.plusNanos(1), NOON.minusSeconds(1), NOON.minusMillis(1), NOON.plusSeconds(3600));
        for (int i = 0; i < 80; i++) {
            Touchpoint touchpoint = touchpoint(randomUuid(), ACME, instants.get(random.nextInt(instants.size())), Optional.empty());
            store.save(touchpoint);
            expected.save(touchpoint);
        }
        store.save(touchpoint(randomUuid(), GLOBEX, NOON, Optional.empty()));

        List<Touchpoint> paged = new ArrayList<>();
        Optional<TimelinePosition> cursor = Optional.empty();
        List<Touchpoint> page;
        do {
            page = store.newestFirst(ACME, cursor, 7);
            assertThat(page).isEqualTo(expected.newestFirst(ACME, cursor, 7));
            paged.addAll(page);
            cursor = page.isEmpty() ? cursor : Optional.of(page.get(page.size() - 1).toTimelineEntry().position());
        } while (page.size() == 7);

        assertThat(paged).hasSize(80).doesNotHaveDuplicates();
        assertThat(paged).isEqualTo(expected.newestFirst(ACME, Optional.empty(), 1000));
    }

    @Test
    public void shouldAgreeWithTheDomainOrderForCursorsOfEveryKindAndAnyReferenceText() {
        AoTouchpointStore store = new AoTouchpointStore(ao);
        InMemoryTouchpointStore expected = new InMemoryTouchpointStore();
        List<Touchpoint> saved = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Touchpoint touchpoint = touchpoint(randomUuid(), ACME, i % 3 == 0 ? NOON.minusSeconds(60) : NOON, Optional.empty());
            store.save(touchpoint);
            expected.save(touchpoint);
            saved.add(touchpoint);
        }
        List<String> references = new ArrayList<>(List.of("SUP-12", "0", "8", "~", "-", "ffffffff-ffff-ffff-ffff-ffffffffffff"));
        for (Touchpoint touchpoint : saved.subList(0, 5)) {
            String id = touchpoint.id().toString();
            references.addAll(List.of(id, id.toUpperCase(Locale.ROOT), id + "0", id.substring(0, 11)));
        }

        for (Instant at : List.of(NOON, NOON.minusSeconds(60), NOON.minusSeconds(30), NOON.plusNanos(1))) {
            for (TimelineKind kind : TimelineKind.values()) {
                for (String reference : references) {
                    Optional<TimelinePosition> cursor = Optional.of(new TimelinePosition(at, kind, reference));
                    assertThat(store.newestFirst(ACME, cursor, 50)).as("after %s", cursor.get().token())
                            .isEqualTo(expected.newestFirst(ACME, cursor, 50));
                }
            }
        }
        assertThat(store.newestFirst(ACME, Optional.empty(), 0)).isEmpty();
        assertThat(store.newestFirst(AccountKey.of("NOBODY"), Optional.empty(), 10)).isEmpty();
    }

    private UUID randomUuid() {
        // Shared high halves and both signs, so ties on the first key column and sign-bit handling are exercised.
        long high = random.nextInt(3) == 0 ? random.nextInt(3) - 1L : random.nextLong();
        return new UUID(high, random.nextLong());
    }

    private static Touchpoint touchpoint(UUID id, AccountKey account, Instant at, Optional<Sentiment> sentiment) {
        return new Touchpoint(new TouchpointId(id), account, TouchpointType.CALL, at, "Weekly sync", sentiment, "csm.alice");
    }
}
