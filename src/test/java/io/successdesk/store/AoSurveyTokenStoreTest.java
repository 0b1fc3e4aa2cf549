package io.successdesk.store;

import io.successdesk.app.survey.SurveyInvitation;
import io.successdesk.app.survey.SurveyTicket;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.store.ao.SurveyInvite;
import io.successdesk.store.ao.SurveyTokenUse;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Data(AoSurveyTokenStoreTest.Schema.class)
public class AoSurveyTokenStoreTest extends ActiveObjectsTestCase {

    public static final class Schema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(SurveyInvite.class, SurveyTokenUse.class);
        }
    }

    private static final AccountKey ACME = AccountKey.of("ACME");
    private static final Instant SENT = Instant.parse("2026-03-02T10:15:30.123Z");
    private static final Instant AT = Instant.parse("2026-03-03T08:00:00Z");

    private AoSurveyTokenStore store;

    @Before
    public void createStore() {
        store = new AoSurveyTokenStore(ao);
    }

    @Test
    public void shouldReadBackEveryFieldOfAnInvitation() {
        SurveyInvitation full = new SurveyInvitation(UUID.randomUUID().toString(), 10_000_000_042L, ACME,
                Optional.of("SUP"), Optional.of(Instant.parse("2026-02-27T09:00:00.001Z")), SENT, SENT.plusSeconds(604_800),
                Optional.of(new SurveyTicket("SUP-42", "Ümlaut <b>export</b> fails — " + "x".repeat(200))));
        SurveyInvitation bare = new SurveyInvitation(UUID.randomUUID().toString(), 7, ACME, Optional.empty(),
                Optional.empty(), SENT, SENT.plusSeconds(60), Optional.empty());
        store.saveInvitation(full);
        store.saveInvitation(bare);

        assertThat(store.findInvitation(full.tokenId())).contains(full);
        assertThat(store.findInvitation(bare.tokenId())).contains(bare);
        assertThat(store.findInvitation(UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    public void shouldReplaceTheInvitationWhenSavedAgainUnderTheSameToken() {
        SurveyInvitation first = invitation("tok-1", 7);
        SurveyInvitation again = invitation("tok-1", 8);
        store.saveInvitation(first);
        store.saveInvitation(again);

        assertThat(store.findInvitation("tok-1")).contains(again);
        assertThat(ao.count(SurveyInvite.class)).isEqualTo(1);
    }

    @Test
    public void shouldConsumeATokenOnlyOnce() {
        store.saveInvitation(invitation("tok-1", 7));

        assertThat(store.isConsumed("tok-1")).isFalse();
        assertThat(store.consume("tok-1", AT)).isTrue();
        assertThat(store.isConsumed("tok-1")).isTrue();
        assertThat(store.consume("tok-1", AT.plusSeconds(1))).isFalse();
        assertThat(store.isConsumed("tok-2")).isFalse();
        assertThat(store.findInvitation("tok-1")).as("the invitation stays").isPresent();
        assertThat(ao.count(SurveyTokenUse.class)).isEqualTo(1);
    }

    @Test
    public void shouldRefuseTokenIdsItCannotStore() {
        String tooLong = "x".repeat(AoSurveyTokenStore.MAX_TOKEN_ID + 1);
        assertThatThrownBy(() -> store.saveInvitation(invitation(tooLong, 7))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.consume(tooLong, AT)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ao.count(SurveyInvite.class) + ao.count(SurveyTokenUse.class)).isZero();
    }

    @Test
    @NonTransactional
    public void shouldLetExactlyOneOfTwoThreadsConsumeEachToken() throws Exception {
        int tokens = 25;
        Map<String, List<Boolean>> outcomes = new ConcurrentHashMap<>();
        AoCsatStoreTest.inTwoThreads(thread -> {
            for (int i = 0; i < tokens; i++) {
                String token = "race-" + i;
                outcomes.computeIfAbsent(token, key -> new CopyOnWriteArrayList<>()).add(store.consume(token, AT));
            }
            return true;
        });

        assertThat(outcomes).hasSize(tokens);
        outcomes.forEach((token, results) -> assertThat(results).as(token).containsExactlyInAnyOrder(true, false));
        assertThat(ao.count(SurveyTokenUse.class)).isEqualTo(tokens);
    }

    private static SurveyInvitation invitation(String tokenId, long issueId) {
        return new SurveyInvitation(tokenId, issueId, ACME, Optional.of("SUP"), Optional.empty(), SENT,
                SENT.plusSeconds(3_600), Optional.empty());
    }
}
