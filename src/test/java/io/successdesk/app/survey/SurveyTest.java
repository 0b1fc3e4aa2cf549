package io.successdesk.app.survey;

import io.successdesk.app.MutableClock;

import io.successdesk.app.change.TestAccountChanges;

import io.successdesk.app.PageRequest;
import io.successdesk.app.audit.InMemoryAuditLog;
import io.successdesk.app.config.SettingsStore;
import io.successdesk.app.config.SuccessDeskSettings;
import io.successdesk.app.voc.CsatService;
import io.successdesk.app.voc.InMemoryCsatStore;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.voc.CsatResponse;
import io.successdesk.domain.voc.CsatSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The survey end to end: invitation mail, the page's protocol, rate limits and the stored secret. */
class SurveyTest {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private static final AccountKey ACME = AccountKey.of("ACME");
    private static final String IP = "203.0.113.9";
    private static final SurveyTicket TICKET = new SurveyTicket("SUP-1", "Export to CSV times out");

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryCsatStore csatStore = new InMemoryCsatStore();
    private final InMemorySurveyTokenStore tokens = new InMemorySurveyTokenStore();
    private final RecordingSurveyMailer mailer = new RecordingSurveyMailer(true);
    private final InMemorySurveySecretStore storedSecret = new InMemorySurveySecretStore();
    private final SurveySettingsStore surveySettings = new InMemorySurveySettingsStore();
    private Survey survey;

    @BeforeEach
    void setUp() {
        survey = service(storedSecret);
    }

    /** One node's survey components, sharing one secret as Spring wires them. */
    private record Survey(SurveyInvitations invitations, SurveyPageService pages) {
        Optional<String> inviteOnResolution(SurveyRequest request) {
            return invitations.inviteOnResolution(request);
        }

        String linkFor(String signedToken) {
            return invitations.linkFor(signedToken);
        }

        SurveyPage open(String token, String clientAddress) {
            return pages.open(token, clientAddress);
        }

        SurveyPage submit(String token, String nonce, String rating, String comment, String clientAddress) {
            return pages.submit(token, nonce, rating, comment, clientAddress);
        }
    }

    private Survey service(SurveySecretStore secrets) {
        SuccessDeskSettings settings = SuccessDeskSettings.defaults().withSurveyProjects(Set.of("SUP"));
        SettingsStore settingsStore = new SettingsStore() {
            @Override
            public SuccessDeskSettings load() {
                return settings;
            }

            @Override
            public void save(SuccessDeskSettings ignored, java.util.Set<io.successdesk.app.config.SettingsPart> parts) {
                throw new UnsupportedOperationException();
            }
        };
        SurveySecret secret = new SurveySecret(secrets);
        return new Survey(new SurveyInvitations(settingsStore, tokens, secret, mailer, () -> "https://jira.example.com",
                userKey -> userKey.filter("jonas"::equals).isPresent() ? Locale.GERMANY : Locale.US, clock, surveySettings),
                new SurveyPageService(tokens, secret, new SurveyRateLimits(),
                        new CsatService(csatStore, new InMemoryAuditLog(), clock, TestAccountChanges.discarding()),
                        surveySettings, TestAccountChanges.DIRECT, clock));
    }

    private String invite() {
        return survey.inviteOnResolution(new SurveyRequest(20001L, TICKET, "SUP", ACME, Optional.of("dana"),
                Optional.of("dana@acme.example"), Optional.of(T0.minus(Duration.ofDays(2))))).orElseThrow();
    }

    private static SurveyRequest request(long issueId, String projectKey, Optional<String> email) {
        return new SurveyRequest(issueId, new SurveyTicket(projectKey + "-" + issueId, "Summary"), projectKey, ACME,
                Optional.empty(), email, Optional.empty());
    }

    private String nonceOf(SurveyPage page) {
        assertThat(page.view()).isEqualTo(SurveyPage.View.FORM);
        return page.nonce().orElseThrow();
    }

    @Test
    void shouldEmailTheReporterASignedLinkOnResolutionInASurveyProject() {
        String token = invite();

        assertThat(mailer.sent()).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("dana@acme.example");
            assertThat(mail.body()).contains(survey.linkFor(token))
                    .startsWith("Hello").contains("SUP-1").contains("\"Export to CSV times out\"").doesNotContain("ACME");
            assertThat(mail.subject()).isEqualTo("How did we do? Your request SUP-1");
        });
        assertThat(survey.linkFor(token)).startsWith("https://jira.example.com/plugins/servlet/successdesk/survey?token=");
        assertThat(storedSecret.load()).as("secret generated and kept on first use").isPresent();
    }

    @Test
    void shouldWriteTheMailInTheLanguageTheReporterReadsJiraIn() {
        survey.inviteOnResolution(new SurveyRequest(20001L, TICKET, "SUP", ACME, Optional.of("jonas"),
                Optional.of("jonas@acme.example"), Optional.empty()));

        assertThat(mailer.sent()).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Wie zufrieden waren Sie? Ihre Anfrage SUP-1");
            assertThat(mail.body()).startsWith("Guten Tag,").contains("SUP-1 \u201eExport to CSV times out\u201c")
                    .contains("in 14 Tagen");
        });
    }

    @Test
    void shouldShowTheTicketAndTheConfiguredCompanyNameOnTheForm() {
        String token = invite();
        assertThat(survey.open(token, IP).companyName()).as("none by default").isEmpty();

        surveySettings.save(new SurveySettings(Optional.of("  Acme Support  ")));
        SurveyPage form = survey.open(token, IP);

        assertThat(form.ticket()).contains(TICKET);
        assertThat(form.companyName()).contains("Acme Support");
    }

    @Test
    void shouldSendNothingOutsideSurveyProjectsOrWithoutAnEmail() {
        assertThat(survey.inviteOnResolution(request(1L, "OPS", Optional.of("a@b.example")))).isEmpty();
        assertThat(survey.inviteOnResolution(request(1L, "SUP", Optional.empty()))).isEmpty();
        assertThat(mailer.sent()).isEmpty();
    }

    @Test
    void shouldStoreExactlyOneSurveyResponsePerLink() {
        String token = invite();
        String nonce = nonceOf(survey.open(token, IP));

        assertThat(survey.submit(token, nonce, "4", "  quick and kind  ", IP).view()).isEqualTo(SurveyPage.View.THANKS);
        assertThat(survey.submit(token, nonce, "1", "changed my mind", IP).view()).isEqualTo(SurveyPage.View.ALREADY_ANSWERED);
        SurveyPage reopened = survey.open(token, IP);
        assertThat(reopened.view()).isEqualTo(SurveyPage.View.ALREADY_ANSWERED);
        assertThat(reopened.ticket()).as("a genuine link still names its ticket").contains(TICKET);
        assertThat(reopened.nonce()).isEmpty();

        List<CsatResponse> responses = csatStore.responsesOf(ACME, PageRequest.first(10)).items();
        assertThat(responses).singleElement().satisfies(response -> {
            assertThat(response.source()).isEqualTo(CsatSource.SURVEY);
            assertThat(response.rating().value()).isEqualTo(4);
            assertThat(response.comment()).contains("quick and kind");
            assertThat(response.issueId()).contains(20001L);
            assertThat(response.projectKey()).contains("SUP");
        });
    }

    @Test
    void shouldRefuseASubmissionWithoutTheFormNonceOrWithAnotherLinksNonce() {
        String token = invite();
        String otherToken = survey.inviteOnResolution(request(20002L, "SUP", Optional.of("lee@acme.example"))).orElseThrow();
        String otherNonce = nonceOf(survey.open(otherToken, IP));

        assertThat(survey.submit(token, null, "5", null, IP).view()).isEqualTo(SurveyPage.View.INVALID);
        assertThat(survey.submit(token, "abc.def", "5", null, IP).view()).isEqualTo(SurveyPage.View.INVALID);
        assertThat(survey.submit(token, otherNonce, "5", null, IP).view()).isEqualTo(SurveyPage.View.INVALID);
        assertThat(csatStore.size()).isZero();
        assertThat(tokens.isConsumed(tokenId(token))).as("refused attempts do not use up the link").isFalse();
    }

    @Test
    void shouldShowTheFormAgainForABadRatingWithoutUsingTheLink() {
        String token = invite();
        String nonce = nonceOf(survey.open(token, IP));

        SurveyPage page = survey.submit(token, nonce, "6", null, IP);

        assertThat(page.view()).isEqualTo(SurveyPage.View.FORM);
        assertThat(page.error()).contains(SurveyPage.FormError.NO_RATING);
        assertThat(survey.submit(token, page.nonce().orElseThrow(), "5", "x".repeat(SurveyPageService.MAX_COMMENT_LENGTH + 1), IP)
                .error()).contains(SurveyPage.FormError.COMMENT_TOO_LONG);
        assertThat(survey.submit(token, page.nonce().orElseThrow(), "5", null, IP).view()).isEqualTo(SurveyPage.View.THANKS);
    }

    @Test
    void shouldLetALinkLiveAsLongAsTheAdminSetAndNoLonger() {
        surveySettings.save(new SurveySettings(Optional.empty(), java.util.List.of(), 3));
        String token = invite();
        assertThat(mailer.sent().get(mailer.sent().size() - 1).body()).contains("3 days");

        clock.set(T0.plus(Duration.ofDays(3)).minusSeconds(1));
        assertThat(survey.open(token, IP).view()).isEqualTo(SurveyPage.View.FORM);
        clock.set(T0.plus(Duration.ofDays(3)));
        assertThat(survey.open(token, IP).view()).as("three days after the mail, not the default fourteen")
                .isEqualTo(SurveyPage.View.EXPIRED);
    }

    @Test
    void shouldSayAGenuineLinkExpiredAndTreatForgedAndUnknownTokensAlike() {
        String token = invite();
        String nonce = nonceOf(survey.open(token, IP));

        clock.set(T0.plus(Duration.ofDays(SurveySettings.DEFAULT_LINK_LIFETIME_DAYS)));
        assertThat(survey.open(token, IP).view()).isEqualTo(SurveyPage.View.EXPIRED);
        assertThat(survey.open(token, IP).ticket()).contains(TICKET);
        assertThat(survey.submit(token, nonce, "5", null, IP).view()).isEqualTo(SurveyPage.View.EXPIRED);

        clock.set(T0.plusSeconds(60));
        InMemorySurveySecretStore otherSecret = new InMemorySurveySecretStore();
        String forged = service(otherSecret).inviteOnResolution(request(20001L, "SUP", Optional.of("x@evil.example"))).orElseThrow();
        SurveyPage forgedPage = survey.open(forged, IP);
        assertThat(forgedPage.view()).as("signed with another secret").isEqualTo(SurveyPage.View.INVALID);
        assertThat(forgedPage.ticket()).as("nothing about any ticket for a forged link").isEmpty();
        assertThat(survey.open("garbage", IP).view()).isEqualTo(SurveyPage.View.INVALID);
        assertThat(survey.open(null, IP).view()).isEqualTo(SurveyPage.View.INVALID);
        assertThat(csatStore.size()).isZero();
    }

    @Test
    void shouldRateLimitByClientAddress() {
        for (int i = 0; i < SurveyRateLimits.IP_LIMIT; i++) {
            assertThat(survey.open("guess-" + i, IP).view()).isEqualTo(SurveyPage.View.INVALID);
        }
        assertThat(survey.open("guess", IP).view()).isEqualTo(SurveyPage.View.TOO_MANY_REQUESTS);
        assertThat(survey.open("guess", "198.51.100.1").view()).as("other addresses unaffected").isEqualTo(SurveyPage.View.INVALID);

        clock.set(T0.plus(SurveyRateLimits.LIMIT_WINDOW));
        assertThat(survey.open("guess", IP).view()).as("a new window").isEqualTo(SurveyPage.View.INVALID);
    }

    @Test
    void shouldLetAGenuineLinkThroughFromASharedAddressThatIsOverItsLimit() {
        String token = invite();
        for (int i = 0; i < SurveyRateLimits.IP_LIMIT; i++) {
            survey.open("guess-" + i, IP);
        }
        assertThat(survey.open("guess", IP).view()).as("guessing from the office NAT is stopped")
                .isEqualTo(SurveyPage.View.TOO_MANY_REQUESTS);

        SurveyPage form = survey.open(token, IP);
        assertThat(form.view()).as("a customer behind the same NAT with a genuine link")
                .isEqualTo(SurveyPage.View.FORM);
        assertThat(survey.submit(token, nonceOf(form), "5", null, IP).view()).isEqualTo(SurveyPage.View.THANKS);
    }

    @Test
    void shouldCountALinkSignedWithAnotherSecretAgainstTheAddress() {
        String forged = service(new InMemorySurveySecretStore()).inviteOnResolution(
                request(20001L, "SUP", Optional.of("x@evil.example"))).orElseThrow();
        for (int i = 0; i < SurveyRateLimits.IP_LIMIT; i++) {
            assertThat(survey.open(forged, IP).view()).isEqualTo(SurveyPage.View.INVALID);
        }
        assertThat(survey.open(forged, IP).view()).isEqualTo(SurveyPage.View.TOO_MANY_REQUESTS);
    }

    @Test
    void shouldRateLimitByTokenAcrossAddresses() {
        String token = invite();
        for (int i = 0; i < SurveyRateLimits.TOKEN_LIMIT; i++) {
            assertThat(survey.open(token, "198.51.100." + i).view()).isEqualTo(SurveyPage.View.FORM);
        }
        assertThat(survey.open(token, "198.51.100.200").view()).isEqualTo(SurveyPage.View.TOO_MANY_REQUESTS);
    }

    @Test
    void shouldKeepTheFirstStoredSecret() {
        String token = invite();
        Survey restarted = service(storedSecret);

        assertThat(restarted.open(token, IP).view()).as("a restarted node reads the same secret").isEqualTo(SurveyPage.View.FORM);
    }

    private static String tokenId(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))));
        return payload.split("\\|")[1];
    }
}
