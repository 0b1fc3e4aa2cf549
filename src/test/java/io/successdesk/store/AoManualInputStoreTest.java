package io.successdesk.store;

import io.successdesk.app.health.InMemoryManualInputStore;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.MeasureId;
import io.successdesk.domain.health.MeasureKind;
import io.successdesk.domain.health.MeasureObservation;
import io.successdesk.store.ao.ManualInput;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

@Data(AoManualInputStoreTest.Schema.class)
public class AoManualInputStoreTest extends ActiveObjectsTestCase {

    public static final class Schema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(ManualInput.class);
        }
    }

    private static final AccountKey ACME = AccountKey.of("ACME");
    private static final AccountKey GLOBEX = AccountKey.of("GLOBEX");
    private static final MeasureId SENTIMENT = MeasureId.of(MeasureKind.CSM_SENTIMENT);
    private static final MeasureId USAGE = MeasureId.custom("product_usage");
    private static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");

    private AoManualInputStore store;

    @Before
    public void createStore() {
        store = new AoManualInputStore(ao);
    }

    @Test
    public void shouldReturnNothingForAnAccountWithoutInputs() {
        assertThat(store.latestInputs(ACME, MARCH)).isEmpty();
    }

    @Test
    public void shouldReturnTheLatestValueOfEachMeasureAsOfTheInstant() {
        MeasureObservation oldSentiment = MeasureObservation.manual(SENTIMENT, 2, MARCH.minusSeconds(86_400));
        MeasureObservation sentiment = MeasureObservation.manual(SENTIMENT, 4, MARCH);
        MeasureObservation futureSentiment = MeasureObservation.manual(SENTIMENT, 1, MARCH.plusMillis(1));
        MeasureObservation usage = MeasureObservation.computed(USAGE, 0.1 + 0.2, 1_234, MARCH.minusMillis(1));
        store.add(ACME, sentiment);
        store.add(ACME, oldSentiment);
        store.add(ACME, futureSentiment);
        store.add(ACME, usage);
        store.add(GLOBEX, MeasureObservation.manual(SENTIMENT, 5, MARCH));

        assertThat(store.latestInputs(ACME, MARCH)).containsExactlyInAnyOrder(sentiment, usage);
        assertThat(store.latestInputs(ACME, MARCH.minusSeconds(1))).containsExactly(oldSentiment);
        assertThat(store.latestInputs(ACME, MARCH.plusSeconds(1))).containsExactlyInAnyOrder(futureSentiment, usage);
        assertThat(store.latestInputs(ACME, MARCH.minusSeconds(90_000))).isEmpty();
    }

    @Test
    public void shouldPreferTheLaterStoredOfTwoValuesObservedAtTheSameInstant() {
        store.add(ACME, MeasureObservation.manual(SENTIMENT, 2, MARCH));
        MeasureObservation corrected = MeasureObservation.manual(SENTIMENT, 3, MARCH);
        store.add(ACME, corrected);

        assertThat(store.latestInputs(ACME, MARCH)).containsExactly(corrected);
    }

    @Test
    public void shouldAgreeWithTheFakeOnRandomHistories() {
        InMemoryManualInputStore model = new InMemoryManualInputStore();
        List<MeasureId> measures = List.of(SENTIMENT, USAGE, MeasureId.custom("seats_used"), MeasureId.custom("a"));
        Random random = new Random(7);
        for (int i = 0; i < 120; i++) {
            AccountKey account = random.nextInt(4) == 0 ? GLOBEX : ACME;
            MeasureId measure = measures.get(random.nextInt(measures.size()));
            MeasureObservation observation = new MeasureObservation(measure, random.nextInt(1000) / 7.0,
                    random.nextInt(50), MARCH.plusSeconds(3_600L * random.nextInt(100)), random.nextBoolean());
            store.add(account, observation);
            model.add(account, observation);
        }

        for (int hour = -1; hour <= 100; hour += 7) {
            Instant asOf = MARCH.plusSeconds(3_600L * hour);
            for (AccountKey account : List.of(ACME, GLOBEX)) {
                assertThat(store.latestInputs(account, asOf)).as(account + " as of " + asOf)
                        .containsExactlyInAnyOrderElementsOf(model.latestInputs(account, asOf));
            }
        }
    }
}
