package io.successdesk.sandbox;

import io.successdesk.app.PageRequest;
import io.successdesk.app.survey.SurveyRateLimits;
import io.successdesk.app.survey.SurveyRequest;
import io.successdesk.app.survey.SurveySettings;
import io.successdesk.app.survey.SurveySettingsStore;
import io.successdesk.app.survey.SurveyTicket;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.voc.CsatSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The public survey page in the sandbox over real HTTP, anonymous, as a reporter clicks the emailed link. */
class SurveyPageHttpTest {

    private static final AccountKey ACCOUNT = AccountKey.of("SURVEYTEST");
    private static final Pattern NONCE = Pattern.compile("name=\"nonce\" value=\"([^\"]+)\"");

    @TempDir
    static Path data;

    private static SandboxServer sandbox;
    private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(0, data);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static String invite(long issueId) {
        return invite(issueId, "Export to CSV times out");
    }

    private static String invite(long issueId, String summary) {
        return sandbox.survey().invitations().inviteOnResolution(new SurveyRequest(issueId,
                new SurveyTicket("SUP-" + issueId % 100, summary), "SUP", ACCOUNT, Optional.empty(),
                Optional.of("dana@acme.example"), Optional.empty())).orElseThrow();
    }

    private static HttpResponse<String> get(String link) throws Exception {
        return get(link, "en-US,en;q=0.9");
    }

    private static HttpResponse<String> get(String link, String acceptLanguage) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(link)).header("Accept-Language", acceptLanguage).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> getForwardedFor(String link, String forwardedFor) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(link)).header("X-Forwarded-For", forwardedFor).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String token, String nonce, String rating, String comment) throws Exception {
        String form = "token=" + enc(token) + "&nonce=" + enc(nonce) + "&rating=" + enc(rating) + "&comment=" + enc(comment);
        return http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + SandboxServer.SURVEY_PATH))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String nonce(HttpResponse<String> page) {
        Matcher matcher = NONCE.matcher(page.body());
        assertThat(matcher.find()).as("form nonce in %s", page.body()).isTrue();
        return matcher.group(1);
    }

    @Test
    void shouldStoreExactlyOneResponseAndThenSayTheLinkIsNoLongerValid() throws Exception {
        String token = invite(20003L);
        String link = sandbox.survey().invitations().linkFor(token);
        assertThat(sandbox.survey().mailer().sent()).anyMatch(mail -> mail.body().contains(link));

        HttpResponse<String> form = get(link);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(form.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(form.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'none'").contains("style-src 'sha256-").doesNotContain("unsafe-inline")
                .doesNotContain("script-src"));
        assertThat(form.headers().firstValue("Content-Language")).contains("en");
        assertThat(form.body()).contains("name=\"rating\"").contains("<html lang=\"en\"")
                .contains("SUP-3").contains("Export to CSV times out").contains(SandboxServer.SANDBOX_COMPANY)
                .doesNotContain(ACCOUNT.value()).doesNotContain("<script").doesNotContain("<link");
        String nonce = nonce(form);

        HttpResponse<String> thanks = post(token, nonce, "5", "<script>alert(1)</script>");
        HttpResponse<String> again = post(token, nonce, "1", "second try");

        assertThat(thanks.statusCode()).isEqualTo(200);
        assertThat(thanks.body()).contains("id=\"thanks\"").doesNotContain("<script>");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("id=\"already-answered\"");
        HttpResponse<String> reopened = get(link);
        assertThat(reopened.statusCode()).isEqualTo(409);
        assertThat(reopened.body()).contains("id=\"already-answered\"").contains("SUP-3").doesNotContain("name=\"rating\"");
        assertThat(sandbox.survey().csat().responsesOf(ACCOUNT, PageRequest.first(10)).items()).singleElement()
                .satisfies(response -> {
                    assertThat(response.source()).isEqualTo(CsatSource.SURVEY);
                    assertThat(response.rating().value()).isEqualTo(5);
                });
    }

    @Test
    void shouldAnswerForgedTokensWithTheSameNoLongerValidPageAndEscapeWhatItEchoes() throws Exception {
        String token = invite(20002L);
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");

        HttpResponse<String> page = get(sandbox.baseUrl() + SandboxServer.SURVEY_PATH + "?token=" + enc(forged));
        HttpResponse<String> evil = post("\"><script>alert(1)</script>", "x", "5", "");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("id=\"invalid\"").doesNotContain("SUP-2");
        assertThat(evil.statusCode()).isEqualTo(404);
        assertThat(evil.body()).contains("id=\"invalid\"").doesNotContain("<script>");

        HttpResponse<String> form = get(sandbox.survey().invitations().linkFor(token));
        HttpResponse<String> bad = post(token, nonce(form), "9", "");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"error\"").contains("value=\"" + token + "\"");
    }

    @Test
    void shouldSpeakTheLanguageTheBrowserAsksForWithEnglishOtherwise() throws Exception {
        String link = sandbox.survey().invitations().linkFor(invite(20001L));

        HttpResponse<String> german = get(link, "de-CH, fr;q=0.8, en;q=0.5");
        HttpResponse<String> french = get(link, "fr-FR");
        HttpResponse<String> malformed = get(link, "1234567890-;;;q=x");

        assertThat(german.headers().firstValue("Content-Language")).contains("de");
        assertThat(german.body()).contains("<html lang=\"de\"").contains("Wie zufrieden sind Sie")
                .contains("Antwort senden").contains("Bis zu 2.000 Zeichen");
        assertThat(french.body()).contains("<html lang=\"en\"").contains("Send answer").contains("Up to 2,000 characters");
        assertThat(malformed.body()).contains("Send answer");
    }

    @Test
    void shouldCountEachClientBehindATrustedProxyOnItsOwn() throws Exception {
        SurveySettingsStore settings = sandbox.survey().settings();
        SurveySettings before = settings.load();
        settings.save(new SurveySettings(before.companyName(), List.of("127.0.0.1", "::1")));
        try {
            String guess = sandbox.baseUrl() + SandboxServer.SURVEY_PATH + "?token=guess";
            for (int i = 0; i < SurveyRateLimits.IP_LIMIT; i++) {
                assertThat(getForwardedFor(guess, "198.51.100.1").statusCode()).isEqualTo(404);
            }

            assertThat(getForwardedFor(guess, "203.0.113.5, 198.51.100.1").statusCode())
                    .as("an address the client put in front itself changes nothing").isEqualTo(429);
            assertThat(getForwardedFor(guess, "198.51.100.2").statusCode()).as("another customer behind the proxy")
                    .isEqualTo(404);
        } finally {
            settings.save(before);
        }
    }

    @Test
    void shouldShowAnHtmlSummaryAsText() throws Exception {
        String link = sandbox.survey().invitations().linkFor(invite(20004L, "<img src=x onerror=alert(1)> & \"quotes\""));

        HttpResponse<String> form = get(link);

        assertThat(form.body()).contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;")
                .doesNotContain("<img");
    }
}
