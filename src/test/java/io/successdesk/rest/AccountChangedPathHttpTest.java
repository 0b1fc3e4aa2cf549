package io.successdesk.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 §1 over real HTTP: every write on an account reaches the issue panel, the panel's health is the health
 * {@code accounts/{key}/health} answers, and CTAs are listed by what they are now. SUP-1 belongs to ACME.
 */
class AccountChangedPathHttpTest extends SandboxRestTest {

    /** Longest the account-change worker may take to bring an account current (budget 1 s; slack for slow CI). */
    private static final Duration PROCESSED_WITHIN = Duration.ofSeconds(10);

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private static JsonObject acmePanel() {
        return ok(client.get("csm", "/panel/SUP-1")).getAsJsonObject("account");
    }

    private static JsonObject acmeHealth() {
        return ok(client.get("csm", "/accounts/ACME/health"));
    }

    @Test
    void shouldShowOnThePanelTheHealthTheHealthEndpointAnswersAtTheSameInstant() {
        JsonObject panel = acmePanel().getAsJsonObject("health");
        JsonObject health = acmeHealth();

        assertThat(panel.get("score").getAsDouble()).isEqualTo(health.get("score").getAsDouble());
        assertThat(panel.get("band").getAsString()).isEqualTo(health.get("band").getAsString());
        assertThat(panel.get("day").getAsString()).isEqualTo(health.get("day").getAsString());
    }

    @Test
    void shouldCountEveryNewCsatAnswerOnThePanelAtOnce() {
        int before = acmePanel().getAsJsonObject("csat").get("n").getAsInt();
        String answeredAt = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> sent = client.json("csm", "POST", "/csat", "{\"externalId\":\"path-" + i
                    + "\",\"source\":\"IMPORT\",\"accountKey\":\"ACME\",\"rating\":1,\"answeredAt\":\"" + answeredAt + "\"}");
            assertThat(sent.statusCode()).as(sent.body()).isBetween(200, 299);
        }

        JsonObject csat = acmePanel().getAsJsonObject("csat");
        assertThat(csat.get("n").getAsInt()).isEqualTo(before + 6);
        assertThat(acmePanel().getAsJsonObject("health").get("score").getAsDouble())
                .isEqualTo(acmeHealth().get("score").getAsDouble());
    }

    @Test
    void shouldShowAnOverrideOnThePanelAtOnceAndItsRemovalToo() {
        HttpResponse<String> set = client.json("csm", "PUT", "/accounts/ACME/health/override",
                "{\"score\":12,\"reason\":\"Champion left\",\"expiresOn\":\"2099-01-01\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);

        JsonObject health = acmePanel().getAsJsonObject("health");
        assertThat(health.get("score").getAsDouble()).isEqualTo(12);
        assertThat(health.get("band").getAsString()).isEqualTo("red");
        assertThat(health.get("overridden").getAsBoolean()).isTrue();

        HttpResponse<String> blind = client.json("csm", "PUT", "/accounts/ACME/health/override",
                "{\"score\":90,\"reason\":\"All fine\",\"expiresOn\":\"2099-01-01\"}");
        assertThat(blind.statusCode()).as("replacing an override the caller has not seen").isEqualTo(409);
        assertThat(blind.body()).contains("\"replaces\"");
        assertThat(acmePanel().getAsJsonObject("health").get("score").getAsDouble()).isEqualTo(12);
        String created = com.google.gson.JsonParser.parseString(set.body()).getAsJsonObject().get("created").getAsString();
        HttpResponse<String> seen = client.json("csm", "PUT", "/accounts/ACME/health/override",
                "{\"score\":15,\"reason\":\"Champion left\",\"expiresOn\":\"2099-01-01\",\"replaces\":\"" + created + "\"}");
        assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
        assertThat(acmePanel().getAsJsonObject("health").get("score").getAsDouble()).isEqualTo(15);

        assertThat(client.send("csm", "DELETE", "/accounts/ACME/health/override", null, null).statusCode()).isEqualTo(204);
        health = acmePanel().getAsJsonObject("health");
        assertThat(health.get("overridden").getAsBoolean()).isFalse();
        assertThat(health.get("score").getAsDouble()).isEqualTo(acmeHealth().get("score").getAsDouble());
    }

    @Test
    void shouldListASnoozedCtaAsSnoozedWithItsDateNeverAsOpen() {
        JsonObject open = ok(client.get("csm", "/ctas?account=GLOBEX&status=open"));
        assertThat(open.getAsJsonArray("ctas")).as("the seed raised CTAs for GLOBEX").isNotEmpty();
        String id = open.getAsJsonArray("ctas").get(0).getAsJsonObject().get("id").getAsString();
        LocalDate until = LocalDate.now(ZoneOffset.UTC).plusDays(20);

        HttpResponse<String> snoozed = client.json("csm", "POST", "/ctas/" + id + "/snooze",
                "{\"until\":\"" + until + "\",\"reason\":\"after the QBR\"}");
        assertThat(snoozed.statusCode()).as(snoozed.body()).isEqualTo(200);

        JsonObject line = ctaLine(ok(client.get("csm", "/panel/SUP-2")).getAsJsonObject("account"), id);
        assertThat(line.get("status").getAsString()).isEqualTo("snoozed");
        assertThat(line.get("snoozedUntil").getAsString()).isEqualTo(until.toString());
    }

    @Test
    void shouldCloseTheNoTouchpointCtaOnceATouchpointIsLogged() {
        assertThat(awaitPanel("INITECH", "SUP-3", panel -> hasOpenCta(panel, "no-touchpoint")))
                .as("the seed raised 'no touchpoint ever logged' for INITECH").isTrue();

        HttpResponse<String> logged = client.json("csm", "POST", "/accounts/INITECH/touchpoints",
                "{\"type\":\"call\",\"occurredAt\":\"" + Instant.now().minus(1, ChronoUnit.HOURS)
                        .truncatedTo(ChronoUnit.SECONDS) + "\",\"summary\":\"Kick-off\",\"sentiment\":\"positive\"}");
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);

        assertThat(awaitPanel("INITECH", "SUP-3", panel -> !hasOpenCta(panel, "no-touchpoint")))
                .as("the account-change worker closed the CTA whose condition ended").isTrue();
        assertThat(ok(client.get("csm", "/ctas?account=INITECH&status=closed")).getAsJsonArray("ctas").toString())
                .contains("no-touchpoint");
    }

    private static boolean awaitPanel(String account, String issueKey, Predicate<JsonObject> condition) {
        Instant deadline = Instant.now().plus(PROCESSED_WITHIN);
        while (true) {
            JsonObject panel = ok(client.get("csm", "/panel/" + issueKey)).getAsJsonObject("account");
            assertThat(panel.get("key").getAsString()).isEqualTo(account);
            if (condition.test(panel)) {
                return true;
            }
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(25).toNanos());
        }
    }

    private static boolean hasOpenCta(JsonObject panelAccount, String reason) {
        JsonArray ctas = panelAccount.getAsJsonArray("openCtas");
        for (JsonElement cta : ctas) {
            JsonObject line = cta.getAsJsonObject();
            if (line.get("reason").getAsString().equals(reason) && line.get("status").getAsString().equals("open")) {
                return true;
            }
        }
        return false;
    }

    private static JsonObject ctaLine(JsonObject panelAccount, String id) {
        for (JsonElement cta : panelAccount.getAsJsonArray("openCtas")) {
            if (cta.getAsJsonObject().get("id").getAsString().equals(id)) {
                return cta.getAsJsonObject();
            }
        }
        throw new AssertionError("CTA " + id + " is not on the panel: " + panelAccount);
    }
}
