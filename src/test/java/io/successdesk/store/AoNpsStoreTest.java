package io.successdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.voc.IngestOutcome;
import io.successdesk.app.voc.Upserted;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.voc.NpsResponse;
import io.successdesk.domain.voc.NpsSummary;
import io.successdesk.domain.voc.NpsScore;
import io.successdesk.domain.voc.NpsSource;
import io.successdesk.store.ao.NpsResp;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;

@Data(AoNpsStoreTest.Schema.class)
public class AoNpsStoreTest extends ActiveObjectsTestCase {

    public static final class Schema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(NpsResp.class);
        }
    }

    private static final AccountKey ACME = AccountKey.of("ACME");
    private static final AccountKey GLOBEX = AccountKey.of("GLOBEX");
    private static final DateWindow MARCH = new DateWindow(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-01"));

    private AoNpsStore store;

    @Before
    public void createStore() {
        store = new AoNpsStore(ao);
    }

    @Test
    public void shouldReadBackEveryFieldWhenAResponseIsAdded() {
        NpsResponse full = new NpsResponse("s-1", NpsSource.SURVEY, ACME, NpsScore.of(9),
                Optional.of("Great support. ".repeat(250)), Optional.of("Ana <ana@acme.example>"),
                Instant.parse("2026-03-02T10:15:30.123Z"));
        NpsResponse bare = new NpsResponse("m-1", NpsSource.MANUAL, ACME, NpsScore.of(0), Optional.of(" "),
                Optional.empty(), Instant.parse("2026-03-01T00:00:00Z"));

        assertThat(store.add(full)).isTrue();
        assertThat(store.add(bare)).isTrue();

        assertThat(store.responses(Optional.of(ACME), MARCH, PageRequest.first(10)).items()).containsExactly(full, bare);
        assertThat(ao.find(NpsResp.class, NpsResp.EXTERNAL_ID + " = ?", "m-1")[0].getCommentText()).isNull();
    }

    @Test
    public void shouldChangeNothingWhenTheSameResponseComesAgainAndReplaceItWhenACorrectionComes() {
        NpsResponse original = response("x", NpsSource.IMPORT, ACME, 10, "2026-03-02T10:00:00.000999Z");
        store.add(original);

        assertThat(store.upsert(original).outcome()).isEqualTo(IngestOutcome.UNCHANGED);
        Upserted<NpsResponse> corrected = store.upsert(response("x", NpsSource.IMPORT, GLOBEX, 2, "2026-03-05T10:00:00Z"));
        assertThat(store.add(response("x", NpsSource.SURVEY, GLOBEX, 2, "2026-03-05T10:00:00Z"))).isTrue();

        assertThat(corrected.outcome()).isEqualTo(IngestOutcome.UPDATED);
        assertThat(corrected.previous()).map(NpsResponse::score).contains(NpsScore.of(10));
        assertThat(store.responses(Optional.of(ACME), MARCH, PageRequest.first(10)).items()).isEmpty();
        assertThat(store.responses(Optional.of(GLOBEX), MARCH, PageRequest.first(10)).items())
                .extracting(NpsResponse::source).containsExactly(NpsSource.IMPORT, NpsSource.SURVEY);
    }

    @Test
    public void shouldKeepOnlyAnswersInsideTheWindowOfUtcDays() {
        store.add(response("before", NpsSource.SURVEY, ACME, 8, "2026-02-28T23:59:59.999Z"));
        store.add(response("first", NpsSource.SURVEY, ACME, 8, "2026-03-01T00:00:00Z"));
        store.add(response("last", NpsSource.SURVEY, GLOBEX, 8, "2026-03-31T23:59:59.999Z"));
        store.add(response("after", NpsSource.SURVEY, ACME, 8, "2026-04-01T00:00:00Z"));

        assertThat(store.responses(Optional.empty(), MARCH, PageRequest.first(10)).items())
                .extracting(NpsResponse::externalId).containsExactly("last", "first");
        assertThat(store.responses(Optional.of(ACME), MARCH, PageRequest.first(10)).items())
                .extracting(NpsResponse::externalId).containsExactly("first");
    }

    @Test
    public void shouldCountEachCategoryAtItsBoundariesInsideTheWindowPerAccountOrForAll() {
        int[] acmeScores = {0, 6, 7, 8, 9, 10, 10};
        for (int i = 0; i < acmeScores.length; i++) {
            store.add(response("acme-" + i, NpsSource.SURVEY, ACME, acmeScores[i], "2026-03-1" + i + "T12:00:00Z"));
        }
        store.add(response("globex", NpsSource.IMPORT, GLOBEX, 3, "2026-03-31T23:59:59.999Z"));
        store.add(response("before", NpsSource.SURVEY, ACME, 10, "2026-02-28T23:59:59.999Z"));
        store.add(response("after", NpsSource.SURVEY, ACME, 0, "2026-04-01T00:00:00Z"));

        // ACME in March: promoters 9, 10, 10; passives 7, 8; detractors 0, 6 — worked by hand, not by the code
        assertThat(store.summary(Optional.of(ACME), MARCH)).isEqualTo(new NpsSummary(3, 2, 2));
        assertThat(store.summary(Optional.empty(), MARCH)).isEqualTo(new NpsSummary(3, 2, 3));
        assertThat(store.summary(Optional.of(AccountKey.of("NOBODY")), MARCH)).isEqualTo(NpsSummary.EMPTY);
    }

    @Test
    public void shouldPageStablyNewestFirstWhenAnswersShareTheirTime() {
        List<String> expectedOrder = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            store.add(response("later-" + i, NpsSource.SURVEY, ACME, i, "2026-03-03T10:00:00Z"));
        }
        for (int i = 0; i < 5; i++) {
            store.add(response("tie-" + i, NpsSource.SURVEY, ACME, i, "2026-03-02T10:00:00Z"));
            store.add(response("tie-" + i, NpsSource.IMPORT, GLOBEX, i, "2026-03-02T10:00:00Z"));
        }
        for (int i = 0; i < 5; i++) {
            expectedOrder.add("later-" + i);
        }

        List<NpsResponse> all = new ArrayList<>();
        Page<NpsResponse> page = store.responses(Optional.empty(), MARCH, PageRequest.first(4));
        all.addAll(page.items());
        while (page.hasMore()) {
            page = store.responses(Optional.empty(), MARCH, new PageRequest(page.offset() + page.limit(), 4));
            all.addAll(page.items());
        }

        assertThat(page.total()).isEqualTo(15);
        assertThat(all).hasSize(15).doesNotHaveDuplicates();
        assertThat(all.subList(0, 5)).extracting(NpsResponse::externalId).containsExactlyElementsOf(expectedOrder);
        assertThat(all.subList(5, 15)).extracting(r -> r.source() + ":" + r.externalId()).isSorted();
        assertThat(store.responses(Optional.empty(), MARCH, new PageRequest(5, 10)).items())
                .containsExactlyElementsOf(all.subList(5, 15));
    }

    @Test
    @NonTransactional
    public void shouldStoreOneResponseWhenTwoThreadsAddTheSameAtOnce() throws Exception {
        NpsResponse same = response("dup", NpsSource.SURVEY, ACME, 7, "2026-03-02T10:00:00Z");

        List<Boolean> results = AoCsatStoreTest.inTwoThreads(thread -> store.add(same));

        assertThat(results).containsExactlyInAnyOrder(true, false);
        assertThat(ao.count(NpsResp.class)).isEqualTo(1);
    }

    private static NpsResponse response(String externalId, NpsSource source, AccountKey account, int score,
            String answeredAt) {
        return new NpsResponse(externalId, source, account, NpsScore.of(score), Optional.empty(), Optional.empty(),
                Instant.parse(answeredAt));
    }
}
