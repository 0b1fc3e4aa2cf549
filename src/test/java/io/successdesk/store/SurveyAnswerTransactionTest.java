package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.successdesk.app.change.AccountChangeSignal;
import io.successdesk.app.change.AccountChanges;
import io.successdesk.app.config.InMemorySettingsStore;
import io.successdesk.app.survey.InMemorySurveySecretStore;
import io.successdesk.app.survey.InMemorySurveySettingsStore;
import io.successdesk.app.survey.RecordingSurveyMailer;
import io.successdesk.app.survey.SurveyInvitations;
import io.successdesk.app.survey.SurveyPage;
import io.successdesk.app.survey.SurveyPageService;
import io.successdesk.app.survey.SurveyRateLimits;
import io.successdesk.app.survey.SurveyRequest;
import io.successdesk.app.survey.SurveySecret;
import io.successdesk.app.survey.SurveyTicket;
import io.successdesk.app.voc.CsatService;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.store.ao.AccountChange;
import io.successdesk.store.ao.AuditRow;
import io.successdesk.store.ao.CsatDaily;
import io.successdesk.store.ao.CsatDayTotal;
import io.successdesk.store.ao.CsatResp;
import io.successdesk.store.ao.SurveyInvite;
import io.successdesk.store.ao.SurveyTokenUse;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The survey answer and the use of its token commit together, on the real stores (docs/product.md §7). */
@Data(SurveyAnswerTransactionTest.Schema.class)
public class SurveyAnswerTransactionTest extends ActiveObjectsTestCase {

    public static final class Schema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(SurveyInvite.class, SurveyTokenUse.class, CsatResp.class, CsatDaily.class, CsatDayTotal.class, AuditRow.class,
                    AccountChange.class, io.successdesk.store.ao.CsatSegmentDay.class, io.successdesk.store.ao.AccountRow.class);
        }
    }

    private static final String IP = "203.0.113.9";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC);

    private final SurveySecret secret = new SurveySecret(new InMemorySurveySecretStore());
    private AoSurveyTokenStore tokens;
    private String token;
    private String tokenId;

    @Before
    public void sendALink() {
        tokens = new AoSurveyTokenStore(ao);
        InMemorySettingsStore settings = InMemorySettingsStore.supporting("SUP");
        settings.save(settings.load().withSurveyProjects(Set.of("SUP")));
        SurveyInvitations invitations = new SurveyInvitations(settings, tokens, secret, new RecordingSurveyMailer(true),
                () -> "https://jira.example.com", userKey -> Locale.ENGLISH, CLOCK, new InMemorySurveySettingsStore());
        token = invitations.inviteOnResolution(new SurveyRequest(20001L, new SurveyTicket("SUP-1", "Export fails"),
                "SUP", AccountKey.of("ACME"), Optional.empty(), Optional.of("dana@acme.example"), Optional.empty()))
                .orElseThrow();
        tokenId = ao.find(SurveyInvite.class)[0].getTokenId();
    }

    private SurveyPageService pages(ActiveObjects csatDatabase) {
        AccountChanges changes = new AccountChanges(new AoTransactions(ao), new AoAccountChangeLog(ao),
                new AccountChangeSignal());
        CsatService csat = new CsatService(new AoCsatStore(csatDatabase), new AoAuditLog(ao), CLOCK, changes);
        return new SurveyPageService(tokens, secret, new SurveyRateLimits(), csat, new InMemorySurveySettingsStore(),
                new AoTransactions(ao), CLOCK);
    }

    private SurveyPage submit(SurveyPageService pages, String rating) {
        String nonce = pages.open(token, IP).nonce().orElseThrow();
        return pages.submit(token, nonce, rating, "kind", IP);
    }

    @Test
    @NonTransactional
    public void shouldLeaveTheTokenUnusedWhenStoringTheAnswerFails() {
        SurveyPageService failing = pages(InterceptedActiveObjects.around(ao,
                InterceptedActiveObjects.failOnCreate(CsatResp.class)));

        assertThatThrownBy(() -> submit(failing, "4")).isInstanceOf(IllegalStateException.class);

        assertThat(tokens.isConsumed(tokenId)).as("the link still works").isFalse();
        assertThat(ao.count(CsatResp.class)).isZero();
        assertThat(submit(pages(ao), "4").view()).as("the customer tries again").isEqualTo(SurveyPage.View.THANKS);
        assertThat(ao.count(CsatResp.class)).isEqualTo(1);
    }

    @Test
    public void shouldStoreNothingForASecondSubmitOfAUsedToken() {
        SurveyPageService pages = pages(ao);
        String nonce = pages.open(token, IP).nonce().orElseThrow();
        assertThat(pages.submit(token, nonce, "4", "kind", IP).view()).isEqualTo(SurveyPage.View.THANKS);

        assertThat(pages.submit(token, nonce, "1", "changed my mind", IP).view())
                .isEqualTo(SurveyPage.View.ALREADY_ANSWERED);

        assertThat(ao.count(CsatResp.class)).isEqualTo(1);
        assertThat(ao.find(CsatResp.class)[0].getRating()).isEqualTo(4);
        assertThat(ao.count(SurveyTokenUse.class)).isEqualTo(1);
    }

    @Test
    @NonTransactional
    public void shouldStoreOneAnswerWhenTheSameFormIsSubmittedTwiceAtOnce() throws Exception {
        SurveyPageService pages = pages(ao);
        String nonce = pages.open(token, IP).nonce().orElseThrow();

        List<Boolean> thanked = AoCsatStoreTest.inTwoThreads(thread ->
                pages.submit(token, nonce, "5", thread, IP).view() == SurveyPage.View.THANKS);

        assertThat(thanked).containsExactlyInAnyOrder(true, false);
        assertThat(ao.count(CsatResp.class)).isEqualTo(1);
        assertThat(ao.count(SurveyTokenUse.class)).isEqualTo(1);
    }
}
